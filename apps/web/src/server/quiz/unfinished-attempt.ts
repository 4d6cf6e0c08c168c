import "server-only";
import type { Database } from "@jiji/db";

/** The student's most recently started quiz that still has unanswered questions, if any. */
export async function findUnfinishedAttempt(db: Database, userId: string) {
  const attempt = await db.attempt.findFirst({
    where: { userId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, articleSlug: true, questionCount: true, _count: { select: { responses: true } } },
  });
  return attempt
    ? {
        id: attempt.id,
        articleSlug: attempt.articleSlug,
        total: attempt.questionCount,
        answered: attempt._count.responses,
      }
    : null;
}
