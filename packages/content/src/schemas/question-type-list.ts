/** The six kinds of question, in the order the UI lists them. */
export const QUESTION_TYPES = [
  "single-choice",
  "true-false",
  "cloze",
  "ordering",
  "matching",
  "numeric",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
