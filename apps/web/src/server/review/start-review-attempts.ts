import "server-only";
import type { Database } from "@jiji/db";
import { createAttempt } from "../quiz/create-attempt";
import type { Clock } from "./clock";
import { listOpenMistakes, type MistakeFilter } from "./mistakes";
import { listDueReviews, REVIEW_SESSION_SIZE, reviewQuestionsFor } from "./review-queue";

/** A retry quiz never gets longer than this; the rest of the mistakes stay on the list. */
export const MISTAKES_QUIZ_SIZE = 20;

export type StartReviewAttemptResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "nothing-to-review" };

/** A quiz of the open mistakes (same question ids, so a right answer resolves them), newest mistakes first. */
export async function startMistakesAttempt(
  db: Database,
  userId: string,
  filter: MistakeFilter,
): Promise<StartReviewAttemptResult> {
  const mistakes = (await listOpenMistakes(db, userId, filter)).slice(0, MISTAKES_QUIZ_SIZE);
  if (mistakes.length === 0) return { ok: false, reason: "nothing-to-review" };
  const attemptId = await createAttempt(db, {
    userId,
    source: {
      kind: "mistakes",
      articleSlug: filter.articleSlug ?? null,
      types: filter.type ? [filter.type] : null,
    },
    questionIds: mistakes.map((mistake) => mistake.question.id),
  });
  return { ok: true, attemptId };
}

/** A quiz with one fresh question variant per due fact, in queue order. */
export async function startReviewAttempt(
  db: Database,
  userId: string,
  clock: Clock,
): Promise<StartReviewAttemptResult> {
  const cards = await listDueReviews(db, userId, clock(), REVIEW_SESSION_SIZE);
  const questions = reviewQuestionsFor(cards);
  if (questions.length === 0) return { ok: false, reason: "nothing-to-review" };
  const attemptId = await createAttempt(db, {
    userId,
    source: { kind: "review", factIds: cards.map((card) => `${card.articleSlug}/${card.factId}`) },
    questionIds: questions.map((question) => question.id),
  });
  return { ok: true, attemptId };
}
