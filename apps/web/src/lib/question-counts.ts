import { QUESTION_TYPES, type QuestionType } from "@jiji/content/browser-constants";

export type QuestionCounts = Record<QuestionType, number>;

/** How many questions of each type a bank holds. */
export function countByType(questions: readonly { type: QuestionType }[]): QuestionCounts {
  const counts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as QuestionCounts;
  for (const question of questions) counts[question.type] += 1;
  return counts;
}

/** How many questions a quiz of these types can have at most. */
export function availableFor(counts: QuestionCounts, types: readonly QuestionType[]): number {
  return types.reduce((sum, type) => sum + counts[type], 0);
}
