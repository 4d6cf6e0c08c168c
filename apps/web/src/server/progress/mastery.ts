/**
 * Mastery of one fact, from its FSRS card and the student's most recent answers about it.
 *
 * - not-started: no review card and no answer yet.
 * - mastered: the card is in Review (state 2) with stability ≥ 21 days, and the last 3 answers were correct.
 * - familiar: the card is in Review, or the recent accuracy (last 5 answers) is ≥ 70 % over at least 2 answers.
 * - learning: everything else (answered, but not yet reliably).
 *
 * "Recent" answers are the fact's answers among the student's latest 500 (about 50 quizzes): a fact not
 * practised for longer has no recent answers, so it can be familiar (from its card) but not mastered.
 * An answer to a question that tests several facts (matching, ordering) counts for each of them.
 */
export const MASTERY_LEVELS = ["not-started", "learning", "familiar", "mastered"] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const MASTERY_RULES = {
  /** ts-fsrs State.Review */
  reviewState: 2,
  masteredMinStabilityDays: 21,
  masteredCorrectInARow: 3,
  familiarMinAccuracy: 0.7,
  familiarMinAnswers: 2,
  /** How many of a fact's latest answers "recent accuracy" looks at. */
  recentAnswers: 5,
  /** How far back "recent" reaches: the student's latest answers over all facts (bounds the query). */
  recentWindowAnswers: 500,
} as const;

export type FactEvidence = {
  card: { state: number; stability: number } | null;
  /** Correctness of the latest answers about the fact, newest first (at most MASTERY_RULES.recentAnswers). */
  recent: readonly boolean[];
};

export function recentAccuracy(recent: readonly boolean[]): number | null {
  const answers = recent.slice(0, MASTERY_RULES.recentAnswers);
  return answers.length === 0 ? null : answers.filter(Boolean).length / answers.length;
}

export function classifyFact({ card, recent }: FactEvidence): MasteryLevel {
  if (!card && recent.length === 0) return "not-started";
  const isInReview = card?.state === MASTERY_RULES.reviewState;
  const lastInARow = recent.slice(0, MASTERY_RULES.masteredCorrectInARow);
  if (
    isInReview &&
    card.stability >= MASTERY_RULES.masteredMinStabilityDays &&
    lastInARow.length === MASTERY_RULES.masteredCorrectInARow &&
    lastInARow.every(Boolean)
  )
    return "mastered";
  const accuracy = recentAccuracy(recent);
  const hasEnoughAnswers =
    Math.min(recent.length, MASTERY_RULES.recentAnswers) >= MASTERY_RULES.familiarMinAnswers;
  if (isInReview || (hasEnoughAnswers && accuracy !== null && accuracy >= MASTERY_RULES.familiarMinAccuracy))
    return "familiar";
  return "learning";
}

export type MasteryCounts = Record<MasteryLevel, number> & { total: number };

export function emptyCounts(): MasteryCounts {
  return { "not-started": 0, learning: 0, familiar: 0, mastered: 0, total: 0 };
}

/** Counts of facts per level for each group key, in first-seen order of the keys. */
export function countByGroup<Item>(
  items: readonly Item[],
  groupOf: (item: Item) => string,
  levelOf: (item: Item) => MasteryLevel,
): Map<string, MasteryCounts> {
  const groups = new Map<string, MasteryCounts>();
  for (const item of items) {
    const key = groupOf(item);
    const counts = groups.get(key) ?? emptyCounts();
    counts[levelOf(item)] += 1;
    counts.total += 1;
    groups.set(key, counts);
  }
  return groups;
}
