// Server-only entry: everything that touches the key (generation, grading, the bank).

export { loadArticle } from "./articles";
export { ASSESSMENT_SHARE, isAssessmentReserved } from "./assessment-pool";
export { type AnswerWords, describeCorrectAnswer, describeResponse } from "./describe-answer";
export {
  type EditorDecision,
  type EditorReview,
  editorDecisionSchema,
  editorReviewSchema,
  questionFingerprint,
  type ReviewedQuestion,
  reviewEditorBank,
  servedEditorQuestions,
} from "./editor/editor-review";
export { retiredAfterPublishing, reviseCorrectedFacts } from "./editor/publication";
export {
  type PublishedEditorArticle,
  publishedEditorStamp,
  setPublishedEditorArticles,
} from "./editor/published-articles";
export { type GenerateOptions, generateQuestions } from "./generator/generate-questions";
export { gradeResponse } from "./grading/grade-response";
export { normalizeAnswerText, parseJapaneseNumber, parseNumericResponse } from "./grading/normalize-answer";
export * from "./index";
export { analyse, loadAnalyser, type Token, toHiragana, tokenize } from "./japanese/morphology";
export { LOCALES, type Locale } from "./locale";
export {
  type FactProposal,
  type Proposals,
  type ProposerInput,
  proposeFacts,
} from "./proposer/propose-facts";
export { splitParagraphs, splitSentences } from "./proposer/sentences";
export { toPublicQuestion } from "./public-question";
export {
  DEFAULT_SEED,
  findQuestion,
  getArticle,
  getArticles,
  getQuestionBank,
  isServable,
} from "./question-bank";
export {
  articleReadingWords,
  computeFurigana,
  type ReadingWord,
  readingOverrideProblem,
} from "./reading/compute-furigana";
export { type FuriganaFile, furiganaFileSchema, paragraphKey, type Ruby } from "./reading/furigana-data";
export { getFurigana } from "./reading/furigana-files";
export {
  locateFactSentence,
  markFactSentences,
  type ParagraphRun,
  type SentenceLocation,
} from "./reading/mark-sentences";
export {
  type GlossaryCandidate,
  proposeGlossary,
  termFactFromCandidate,
} from "./reading/propose-glossary";
export { evidenceFor } from "./reading/question-evidence";
export {
  type ReadingPart,
  type ReadingPiece,
  type ReadingRun,
  segmentParagraph,
} from "./reading/segment-paragraph";
export {
  articleTimeline,
  entitiesWithTimelines,
  entityTimeline,
  type TimelineEntry,
} from "./reading/timeline";
export type {
  ClozeQuestion,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  QuestionOfType,
  SingleChoiceOption,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "./schemas/question-types";
export { type SelectOptions, selectQuestions } from "./select-questions";
export { type ContentIssue, formatIssue, validateArticleData } from "./validation/validate-article";
