export type Streak = {
  /** Consecutive local days with at least one answer, ending today (or yesterday, if today is still open). */
  days: number;
  isTodayStudied: boolean;
};

/**
 * `studied[0]` is today, `studied[1]` yesterday, and so on. A day not yet studied today does not break the
 * streak: it counts back from yesterday until the first day without an answer.
 */
export function computeStreak(studied: readonly boolean[]): Streak & { reachesWindowEnd: boolean } {
  const isTodayStudied = studied[0] ?? false;
  let index = isTodayStudied ? 0 : 1;
  let days = 0;
  while (index < studied.length && studied[index]) {
    days += 1;
    index += 1;
  }
  return { days, isTodayStudied, reachesWindowEnd: days > 0 && index === studied.length };
}
