import "server-only";
import type { Database } from "@jiji/db";
import { executeSql, queryRows, sql, sqlList, toNumber } from "../raw-sql";

/** How many questions of each attempt have a stored answer (raw SQL: it runs on every answer). */
export async function countAnsweredByAttempt(
  db: Database,
  attemptIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await queryRows<{ attemptId: string; answered: unknown }>(
    db,
    sql`SELECT "attemptId", COUNT(*) AS "answered" FROM "Response" WHERE "attemptId" IN (${sqlList(attemptIds)}) GROUP BY "attemptId"`,
  );
  return new Map(rows.map((row) => [row.attemptId, toNumber(row.answered)]));
}

/** How many questions of an attempt have a stored answer. */
export async function countAnswered(db: Database, attemptId: string): Promise<number> {
  return (await countAnsweredByAttempt(db, [attemptId])).get(attemptId) ?? 0;
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
