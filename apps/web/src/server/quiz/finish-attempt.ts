import "server-only";
import { type Database, executeSql, join, queryRows, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { isPastDeadline } from "./attempt-rules";

const answeredRow = z.object({ attemptId: sqlColumn.text, answered: sqlColumn.number });

/** How many questions of each attempt have a stored answer (raw SQL: it runs on every answer). */
export async function countAnsweredByAttempt(
  db: Database,
  attemptIds: readonly string[],
): Promise<Map<string, number>> {
  if (attemptIds.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`SELECT "attemptId", COUNT(*) AS "answered" FROM "Response" WHERE "attemptId" IN (${join(attemptIds)}) GROUP BY "attemptId"`,
    answeredRow,
  );
  return new Map(rows.map((row) => [row.attemptId, row.answered]));
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

/**
 * Finishes an attempt that is done but not yet stamped, and says whether it is finished afterwards. Done
 * means out of time (unanswered questions score 0, finished at the deadline) or every question answered
 * (finished at the last answer): a server killed between storing the last answer and stamping the attempt
 * leaves the second, and the pages and a retry of that answer close it here. Idempotent.
 */
export async function closeAttemptIfDone(
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
  if (isPastDeadline(attempt, now)) {
    await stampAttemptFinished(db, attemptId, attempt.questionCount, attempt.deadlineAt!);
    return true;
  }
  const answered = await db.response.aggregate({
    where: { attemptId },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  if (answered._count._all < attempt.questionCount) return false;
  await stampAttemptFinished(db, attemptId, attempt.questionCount, answered._max.createdAt ?? now);
  return true;
}
