import "server-only";

// When an attempt stops taking answers and when its results may be shown (deadlines come from assignments).

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
