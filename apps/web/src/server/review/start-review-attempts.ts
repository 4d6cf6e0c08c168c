import "server-only";
import { randomBytes } from "node:crypto";
import { GENERATOR_VERSION } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import type { Clock } from "./clock";
import { listOpenMistakes, type MistakeFilter } from "./mistakes";
import { listDueReviews, REVIEW_SESSION_SIZE, reviewQuestionsFor } from "./review-queue";

/** A retry quiz never gets longer than this; the rest of the mistakes stay on the list. */
export const MISTAKES_QUIZ_SIZE = 20;

export type StartReviewAttemptResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "nothing-to-review" };

/** Same fields as startAttempt, practice mode: feedback after each answer is the point of a retry. */
async function createAttempt(
  db: Database,
  userId: string,
  source: "mistakes" | "review",
  articleSlug: string | null,
  questionIds: string[],
  settings: Record<string, unknown>,
): Promise<string> {
  const attempt = await db.attempt.create({
    data: {
      userId,
      articleSlug,
      source,
      mode: "practice",
      seed: randomBytes(8).toString("hex"),
      questionIds: JSON.stringify(questionIds),
      settings: JSON.stringify({ ...settings, count: questionIds.length }),
      questionCount: questionIds.length,
      generatorVersion: GENERATOR_VERSION,
    },
    select: { id: true },
  });
  return attempt.id;
}

/** A quiz of the open mistakes (same question ids, so a right answer resolves them), newest mistakes first. */
export async function startMistakesAttempt(
  db: Database,
  userId: string,
  filter: MistakeFilter,
): Promise<StartReviewAttemptResult> {
  const mistakes = (await listOpenMistakes(db, userId, filter)).slice(0, MISTAKES_QUIZ_SIZE);
  if (mistakes.length === 0) return { ok: false, reason: "nothing-to-review" };
  const attemptId = await createAttempt(
    db,
    userId,
    "mistakes",
    filter.articleSlug ?? null,
    mistakes.map((mistake) => mistake.question.id),
    { articleSlug: filter.articleSlug ?? null, types: filter.type ? [filter.type] : null },
  );
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
  const attemptId = await createAttempt(
    db,
    userId,
    "review",
    null,
    questions.map((question) => question.id),
    { factIds: cards.map((card) => `${card.articleSlug}/${card.factId}`) },
  );
  return { ok: true, attemptId };
}
