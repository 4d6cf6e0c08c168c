import { z } from "zod";
import type { LocalizedText } from "./article-schema";

import { QUESTION_TYPES, type QuestionType } from "./question-type-list";

export { QUESTION_TYPES, type QuestionType };
export const questionTypeSchema = z.enum(QUESTION_TYPES);

export type Citation = {
  sourceId: string;
  publisher: string;
  /** The headline as published, or null when it is unknown: show publisher and date only. */
  title: string | null;
  url: string | null;
  /** ISO (YYYY-MM-DD) or null when the text prints no date. */
  publishedDate: string | null;
  publishedDateAsWritten: string | null;
};

/** Difficulty is an integer from 1 (recall a true statement) to 5 (type a long answer about an assessment). */
export type Difficulty = 1 | 2 | 3 | 4 | 5;

/** No citation either: a source's title or date can give the answer away; it is shown with the feedback. */
type PublicBase = {
  id: string;
  stem: LocalizedText;
  difficulty: Difficulty;
};

export type PublicChoice = { id: string; text: string };

export type PublicSingleChoiceQuestion = PublicBase & { type: "single-choice"; options: PublicChoice[] };
export type PublicTrueFalseQuestion = PublicBase & { type: "true-false" };
export type PublicClozeQuestion = PublicBase & { type: "cloze" };
export type PublicOrderingQuestion = PublicBase & { type: "ordering"; items: PublicChoice[] };
export type PublicMatchingQuestion = PublicBase & {
  type: "matching";
  left: PublicChoice[];
  right: PublicChoice[];
};
export type PublicNumericQuestion = PublicBase & { type: "numeric"; unit: string };

/** What a browser may see before answering: no key, no fact ids, no template, no citation; options in a per-seed order. */
export type PublicQuestion =
  | PublicSingleChoiceQuestion
  | PublicTrueFalseQuestion
  | PublicClozeQuestion
  | PublicOrderingQuestion
  | PublicMatchingQuestion
  | PublicNumericQuestion;

type QuestionBase = {
  id: string;
  articleSlug: string;
  factIds: string[];
  template: string;
  variant: string;
  stem: LocalizedText;
  explanation: LocalizedText;
  citations: Citation[];
  difficulty: Difficulty;
  generatorVersion: string;
};

/** Where a wrong option came from: written by an editor, true of another fact, or a shifted date or number. */
export type DistractorOrigin = "editor" | "fact" | "perturbation";

export type SingleChoiceOption = {
  id: string;
  text: string;
  isCorrect: boolean;
  /** The fact this wrong option is true of, so a wrong choice reads as a misconception. */
  distractorFactId?: string;
  distractorOrigin?: DistractorOrigin;
};

export type SingleChoiceQuestion = QuestionBase & { type: "single-choice"; options: SingleChoiceOption[] };
export type TrueFalseQuestion = QuestionBase & {
  type: "true-false";
  answer: boolean;
  /** For a false statement: the swapped-in value and the fact it is true of. */
  swappedValue?: string;
  swappedFromFactId?: string;
};
export type ClozeQuestion = QuestionBase & { type: "cloze"; acceptedAnswers: string[] };
export type OrderItem = { id: string; text: string; factId: string };
export type OrderingQuestion = QuestionBase & {
  type: "ordering";
  /** Items in the correct (oldest first) order. */
  items: OrderItem[];
};
export type MatchingQuestion = QuestionBase & {
  type: "matching";
  left: OrderItem[];
  right: OrderItem[];
  /** leftId → rightId */
  correctPairs: Record<string, string>;
};
export type NumericQuestion = QuestionBase & {
  type: "numeric";
  unit: string;
  /** `isCalendarYear`: the answer is a year AD, so 西暦2024年 and 令和6年 are read as 2024. */
  answer: { value: number; tolerance: number; asWritten: string; isCalendarYear?: boolean };
};

/** Server-only: carries the key. */
export type Question =
  | SingleChoiceQuestion
  | TrueFalseQuestion
  | ClozeQuestion
  | OrderingQuestion
  | MatchingQuestion
  | NumericQuestion;

export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export const responseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single-choice"), optionId: z.string().min(1) }),
  z.object({ type: z.literal("true-false"), value: z.boolean() }),
  z.object({ type: z.literal("cloze"), text: z.string().max(500) }),
  z.object({ type: z.literal("ordering"), itemIds: z.array(z.string()).max(50) }),
  z.object({ type: z.literal("matching"), pairs: z.record(z.string(), z.string()) }),
  z.object({ type: z.literal("numeric"), value: z.string().max(100) }),
]);
export type QuizResponse = z.infer<typeof responseSchema>;

export type GradeErrorCode = "wrong-shape" | "wrong-type" | "unknown-option";

export type GradeResult =
  | {
      ok: true;
      isCorrect: boolean;
      /** 0..1; partial credit for ordering and matching. */
      score: number;
      normalizedResponse: unknown;
      chosenDistractorFactId?: string;
    }
  | { ok: false; error: { code: GradeErrorCode; message: string } };
