import "server-only";
import type { Database } from "@jiji/db";
import { scheduleReleasedReviews } from "@/server/quiz/held-back";
import { findUnfinishedAttempt } from "@/server/quiz/unfinished-attempt";
import { countDueReviews } from "@/server/review/review-queue";

/** An open assignment as the teacher feature describes it; the home page passes these in. */
export type OpenAssignment = { id: string; title: string; dueAt: Date; href: string };

export type NextActions = {
  unfinished: { id: string; articleSlug: string | null; answered: number; total: number } | null;
  /** Review cards whose due time has come (ReviewCard(userId, due) index). */
  dueReviews: number;
  assignments: OpenAssignment[];
  /** Nothing to do: the home page suggests the article library instead. */
  isEmpty: boolean;
};

/** What a student should do next, most urgent first: open assignments, the unfinished quiz, due reviews. */
export async function loadNextActions(
  db: Database,
  userId: string,
  now: Date,
  assignments: readonly OpenAssignment[] = [],
): Promise<NextActions> {
  await scheduleReleasedReviews(db, userId, now); // a test revealed since the last visit moves its cards now
  const [unfinished, dueReviews] = await Promise.all([
    findUnfinishedAttempt(db, userId),
    countDueReviews(db, userId, now),
  ]);
  const open = [...assignments].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    unfinished,
    dueReviews,
    assignments: open,
    isEmpty: !unfinished && dueReviews === 0 && open.length === 0,
  };
}
