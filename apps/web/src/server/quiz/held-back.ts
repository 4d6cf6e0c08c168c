import "server-only";
import { findQuestion } from "@jiji/content/server";
import { type Database, empty, join, queryRows, type Sql, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { applyReviewBatch, MAX_REVIEW_BATCH } from "../review/review-batcher";
import type { ScheduleReviewsInput } from "../review/schedule-review";

// An assignment whose key is shown at the end of the attempt or after the due date shows nothing of its
// answers anywhere before then: not on /mistakes, not in retry or review quizzes, not in counts or progress.

/** Whether an attempt's answers wait for a later release (assignment tests and "after the due date"). */
export function defersFeedback(attempt: { source: string; mode: string; revealAt: Date | null }): boolean {
  return attempt.source === "assignment" && (attempt.mode === "test" || attempt.revealAt !== null);
}

/** SQL over an "Attempt" aliased a: its answers are still held back at `now`. Never NULL. */
function isHeldBack(now: Date): Sql {
  return sql`(a."source" = 'assignment' AND ((a."revealAt" IS NOT NULL AND a."revealAt" > ${now})
    OR (a."mode" = 'test' AND a."finishedAt" IS NULL AND (a."deadlineAt" IS NULL OR a."deadlineAt" > ${now}))))`;
}

/** The user's attempts whose answers are held back now: few (open tests, assignments not yet revealed). */
export async function heldBackAttemptIds(db: Database, userId: string, now = new Date()): Promise<string[]> {
  const rows = await queryRows(
    db,
    sql`SELECT a."id" FROM "Attempt" a WHERE a."userId" = ${userId} AND ${isHeldBack(now)}`,
    z.object({ id: sqlColumn.text }),
  );
  return rows.map((row) => row.id);
}

/** `AND <column> NOT IN (…)` for a list of held-back attempt ids; nothing when there are none. */
export function excludingAttempts(column: Sql, attemptIds: readonly string[]): Sql {
  return attemptIds.length === 0 ? empty : sql` AND ${column} NOT IN (${join(attemptIds)})`;
}

/** For the start-up sweep: answers whose attempt (aliased a) is not held back at `now`. */
export function releasedAt(now: Date): Sql {
  return sql`NOT ${isHeldBack(now)}`;
}

const releasedAnswerRow = z.object({
  id: sqlColumn.text,
  questionId: sqlColumn.text,
  isCorrect: sqlColumn.boolean,
  createdAt: sqlColumn.date,
});

/**
 * Moves the review cards of this user's answers that were held back and have since been released (the test
 * was handed in, the due date passed), in answer order. Idempotent: an answer with its log is skipped.
 * Returns how many answers were scheduled.
 */
export async function scheduleReleasedReviews(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<number> {
  const rows = await queryRows(
    db,
    sql`SELECT r."id", r."questionId", r."isCorrect", r."createdAt"
      FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
      WHERE a."userId" = ${userId} AND a."source" = 'assignment'
        AND (a."mode" = 'test' OR a."revealAt" IS NOT NULL) AND ${releasedAt(now)}
        AND NOT EXISTS (SELECT 1 FROM "ReviewLog" l WHERE l."userId" = r."userId" AND l."responseId" = r."id")
      ORDER BY r."createdAt"`,
    releasedAnswerRow,
  );
  const released = rows.flatMap((row): ScheduleReviewsInput[] => {
    const question = findQuestion(row.questionId);
    if (!question || question.factIds.length === 0) return [];
    const answer = { isCorrect: row.isCorrect, answeredAt: row.createdAt };
    return [{ userId, responseId: row.id, question, ...answer }];
  });
  for (let start = 0; start < released.length; start += MAX_REVIEW_BATCH)
    await applyReviewBatch(db, released.slice(start, start + MAX_REVIEW_BATCH));
  return released.length;
}
