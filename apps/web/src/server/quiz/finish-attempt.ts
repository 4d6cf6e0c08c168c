import "server-only";
import type { Database } from "@jiji/db";
import { executeSql, queryRows, sql, toNumber } from "../raw-sql";

/** How many questions of an attempt have a stored answer (raw SQL: it runs on every answer). */
export async function countAnswered(db: Database, attemptId: string): Promise<number> {
  const [row] = await queryRows<{ answered: unknown }>(
    db,
    sql`SELECT COUNT(*) AS "answered" FROM "Response" WHERE "attemptId" = ${attemptId}`,
  );
  return toNumber(row?.answered);
}

/**
 * Scores an attempt from its stored responses (unanswered questions count 0) and marks it finished, in one
 * statement. The `finishedAt IS NULL` condition makes it idempotent: the first caller wins, later ones
 * change nothing.
 */
export async function stampAttemptFinished(
  db: Database,
  attemptId: string,
  questionCount: number,
  finishedAt: Date,
): Promise<void> {
  await executeSql(
    db,
    sql`UPDATE "Attempt" SET "finishedAt" = ${finishedAt},
      "score" = (SELECT COALESCE(SUM("score"), 0) FROM "Response" WHERE "attemptId" = ${attemptId}) / ${questionCount},
      "correctCount" = (SELECT COUNT(*) FROM "Response" WHERE "attemptId" = ${attemptId} AND "isCorrect")
      WHERE "id" = ${attemptId} AND "finishedAt" IS NULL`,
  );
}
