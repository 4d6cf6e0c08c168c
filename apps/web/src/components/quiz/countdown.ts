/** Remaining times (seconds) at which the countdown speaks to screen readers; between them it stays quiet. */
export const COUNTDOWN_MARKS_SECONDS = [30 * 60, 10 * 60, 5 * 60, 60, 30, 10] as const;

/** The last mark the remaining time has reached (the smallest mark at or above it), or null above them all. */
export function countdownMark(remainingMs: number): number | null {
  const seconds = Math.ceil(Math.max(0, remainingMs) / 1000);
  let reached: number | null = null;
  for (const mark of COUNTDOWN_MARKS_SECONDS) if (seconds <= mark) reached = mark;
  return reached;
}

/** 「12:05」, or 「1:02:05」 from an hour up; a partial second counts as a whole one, so 0:00 means time is up. */
export function formatRemaining(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
