import "server-only";
import type { Database } from "@jiji/db";
import { queryRows, sql, toNumber } from "../raw-sql";

/** How many questions of an attempt have a stored answer (raw SQL: it runs on every answer). */
export async function countAnswered(db: Database, attemptId: string): Promise<number> {
  const [row] = await queryRows<{ answered: unknown }>(
    db,
    sql`SELECT COUNT(*) AS "answered" FROM "Response" WHERE "attemptId" = ${attemptId}`,
  );
  return toNumber(row?.answered);
}

/** When the last answer is in, stamps the attempt with its score; idempotent under concurrent last answers. */
export async function finishIfComplete(
  db: Database,
  attemptId: string,
  questionCount: number,
): Promise<number> {
  const answeredCount = await countAnswered(db, attemptId);
  if (answeredCount >= questionCount) await stampAttemptFinished(db, attemptId, questionCount, new Date());
  return answeredCount;
}

/**
 * Scores an attempt from its stored responses (unanswered questions count 0) and marks it finished.
 * The conditional update makes it idempotent: the first caller wins, later ones change nothing.
 */
export async function stampAttemptFinished(
  db: Database,
  attemptId: string,
  questionCount: number,
  finishedAt: Date,
): Promise<void> {
  const [totals, correctCount] = await Promise.all([
    db.response.aggregate({ where: { attemptId }, _sum: { score: true } }),
    db.response.count({ where: { attemptId, isCorrect: true } }),
  ]);
  await db.attempt.updateMany({
    where: { id: attemptId, finishedAt: null },
    data: { finishedAt, score: (totals._sum.score ?? 0) / questionCount, correctCount },
  });
}
