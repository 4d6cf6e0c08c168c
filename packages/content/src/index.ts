// Browser-safe entry: schemas, types and constants only (zod, no Node APIs, no question keys).

export { BLANK } from "./generator/blank";
export { GENERATOR_VERSION } from "./generator-version";
export { LOCALES, type Locale } from "./locale";
export type { SentenceLocation } from "./reading/mark-sentences";
export { REJECTION_REASONS, type RejectionReason } from "./review/review-file";
export {
  type Article,
  type ArticleMeta,
  articleMetaSchema,
  articleSchema,
  type Conflict,
  conflictSchema,
  type Entity,
  entitySchema,
  FACT_KINDS,
  type Fact,
  type FactInput,
  type FactKind,
  factKindSchema,
  factSchema,
  factSchemasByKind,
  glossaryOf,
  type LocalizedText,
  NOT_ASKED_AS_TYPES,
  type Section,
  SLUG_PATTERN,
  type Source,
  type Stance,
  sectionSchema,
  sourceSchema,
  TERM_TYPES,
  type TermFact,
} from "./schemas/article-schema";
export { type FactDate, factDateSchema, formatDateJa, parsePartialDate } from "./schemas/fact-date";
export {
  ASKED_FACT_FIELDS,
  type AskedFactField,
  describeAskedFields,
  describeFactFields,
  FACT_KIND_FIELDS,
  type FactFieldDescription,
  type FactFieldInput,
  KEPT_FACT_FIELDS,
  QUESTION_FACT_FORM_FIELDS,
  SHARED_FACT_FORM_FIELDS,
} from "./schemas/fact-fields";
export {
  type Citation,
  type Difficulty,
  type GradeErrorCode,
  type GradeResult,
  type PublicChoice,
  type PublicClozeQuestion,
  type PublicMatchingQuestion,
  type PublicNumericQuestion,
  type PublicOrderingQuestion,
  type PublicQuestion,
  type PublicSingleChoiceQuestion,
  type PublicTrueFalseQuestion,
  QUESTION_TYPES,
  type QuestionType,
  type QuizResponse,
  questionTypeSchema,
  responseSchema,
} from "./schemas/question-types";
export { type ReadingOverride, readingOverrideSchema } from "./schemas/reading-aids-schema";
export { isTopicTag, TOPIC_TAGS, type TopicTag } from "./schemas/topic-tags";
