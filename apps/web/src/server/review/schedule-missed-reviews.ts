import "server-only";
import { findQuestion } from "@jiji/content/server";
import { type Database, queryRows, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { releasedAt } from "../quiz/held-back";
import { applyReviewBatch, MAX_REVIEW_BATCH } from "./review-batcher";
import type { ScheduleReviewsInput } from "./schedule-review";

const DAY_MS = 24 * 60 * 60 * 1000;

const answerRow = z.object({
  id: sqlColumn.text,
  userId: sqlColumn.text,
  questionId: sqlColumn.text,
  isCorrect: sqlColumn.boolean,
  createdAt: sqlColumn.date,
});

/**
 * Schedules the FSRS reviews of recent answers that are stored but never reached their cards: the review
 * batcher holds answers for 25 ms or more (under load, while earlier batches commit) after acknowledging them,
 * so a hard kill (or a failed flush) drops their card updates. Runs when the server starts, before it serves a request, so the missed reviews apply in
 * answer order. Answers of a test still held back wait for their release (quiz/held-back.ts).
 * Idempotent: a (card, response) pair that already has its log is skipped by applyReviewBatch.
 * Returns how many answers were scheduled.
 */
export async function scheduleMissedReviews(
  db: Database,
  now = new Date(),
  lookBackMs = DAY_MS,
): Promise<number> {
  // The log of a scheduled answer carries its user, its time and its id, so the (userId, review) index answers
  // NOT EXISTS for each answer; only the last day of answers is read.
  const rows = await queryRows(
    db,
    sql`SELECT r."id", r."userId", r."questionId", r."isCorrect", r."createdAt" FROM "Response" r
      JOIN "Attempt" a ON a."id" = r."attemptId"
      WHERE r."createdAt" >= ${new Date(now.getTime() - lookBackMs)} AND ${releasedAt(now)}
        AND NOT EXISTS (SELECT 1 FROM "ReviewLog" l
          WHERE l."userId" = r."userId" AND l."review" = r."createdAt" AND l."responseId" = r."id")
      ORDER BY r."createdAt"`,
    answerRow,
  );
  const missed = rows.flatMap((row): ScheduleReviewsInput[] => {
    const question = findQuestion(row.questionId);
    // A question no longer in the bank, or one that tests no fact, has no card to move.
    if (!question || question.factIds.length === 0) return [];
    return [
      {
        userId: row.userId,
        responseId: row.id,
        question,
        isCorrect: row.isCorrect,
        answeredAt: row.createdAt,
      },
    ];
  });
  for (let start = 0; start < missed.length; start += MAX_REVIEW_BATCH)
    await applyReviewBatch(db, missed.slice(start, start + MAX_REVIEW_BATCH));
  return missed.length;
}
