import "server-only";
import type { Database } from "@jiji/db";
import { stampAttemptFinished } from "../quiz/finish-attempt";

// Rules for attempts made on assignments, exported for the quiz pages and submitAnswer (see the report).

type Timed = { deadlineAt: Date | null; finishedAt: Date | null };

/** True once answers must be refused: the time limit or the due date has passed. */
export function isPastDeadline(attempt: { deadlineAt: Date | null }, now = new Date()): boolean {
  return attempt.deadlineAt !== null && attempt.deadlineAt.getTime() <= now.getTime();
}

/** Finished, or out of time (what is answered by the deadline is what counts). */
export function isAttemptClosed(attempt: Timed, now = new Date()): boolean {
  return attempt.finishedAt !== null || isPastDeadline(attempt, now);
}

/** Results (key, explanations) stay hidden until revealAt ("feedback after the due date"). */
export function isResultsRevealed(attempt: { revealAt: Date | null }, now = new Date()): boolean {
  return attempt.revealAt === null || attempt.revealAt.getTime() <= now.getTime();
}

/**
 * Stamps an attempt whose deadline passed with unanswered questions as finished, scoring unanswered ones 0.
 * Idempotent (conditional update); returns true when the attempt is finished afterwards.
 */
export async function closeAttemptIfExpired(
  db: Database,
  attemptId: string,
  now = new Date(),
): Promise<boolean> {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { deadlineAt: true, finishedAt: true, questionCount: true },
  });
  if (!attempt) return false;
  if (attempt.finishedAt) return true;
  if (!isPastDeadline(attempt, now)) return false;
  await stampAttemptFinished(db, attemptId, attempt.questionCount, attempt.deadlineAt ?? now);
  return true;
}
