import "server-only";
import { type Database, empty, getDatabase, queryRows, raw, type Sql, sql, sqlColumn } from "@jiji/db";
import { cache } from "react";
import { z } from "zod";
import { excludingAttempts, heldBackAttemptIds } from "./held-back";

// One read of a student's answers per request: the header's mistake badge and the progress page both start from it.

/** One question the user has answered (answers held back at `now` left out, as if not given). */
export type QuestionAnswers = {
  questionId: string;
  /** All-time answers to the question. */
  answered: number;
  correct: number;
  /** Sum of the time taken on its answers. */
  timeMs: number;
  /** Whether the latest answer (latest createdAt; in the same millisecond, the higher id) is right. */
  isLatestCorrect: boolean;
};

export type AnswerSummary = {
  userId: string;
  /** The instant it was read at: what "held back" was judged against. */
  now: Date;
  /** The user's attempts whose answers were held back at `now`, for reads that need the answers themselves. */
  heldBackAttemptIds: readonly string[];
  /** One entry per question answered, in no particular order. */
  questions: QuestionAnswers[];
};

/**
 * FROM … WHERE … of "the latest answer to each question": `latest` has one row per question the user answered
 * ("questionId", "latestAt" = MAX("createdAt"), and any `aggregates` over the same answers, each written
 * `, <expression> AS "<name>"`), `r` the answer(s) given at that instant. Answers of held-back attempts are left out
 * on both sides. The GROUP BY reads only the covering Response(userId, questionId, createdAt, isCorrect,
 * timeTakenMs, attemptId) index (one entry per answer, no table rows); then one index seek per answered question
 * fetches its latest row. CROSS JOIN keeps SQLite to that order (with a plain JOIN it scanned every answer of the
 * user a second time); PostgreSQL plans it as any inner join. The same text runs on both.
 *
 * Two answers to one question in the same millisecond both come back: order by LATEST_ANSWER_FIRST and keep the
 * first row per question (firstPerQuestion), so the higher id is the later one.
 */
export function latestAnswerPerQuestion(
  userId: string,
  heldBack: readonly string[],
  aggregates: Sql = empty,
): Sql {
  return sql`(
      SELECT "questionId", MAX("createdAt") AS "latestAt"${aggregates}
      FROM "Response" WHERE "userId" = ${userId}${excludingAttempts(raw('"attemptId"'), heldBack)}
      GROUP BY "questionId"
    ) latest CROSS JOIN "Response" r
    WHERE r."userId" = ${userId} AND r."questionId" = latest."questionId" AND r."createdAt" = latest."latestAt"
      ${excludingAttempts(raw('r."attemptId"'), heldBack)}`;
}

/** The ORDER BY that goes with latestAnswerPerQuestion: newest first, the higher id first within a millisecond. */
export const LATEST_ANSWER_FIRST = sql`ORDER BY r."createdAt" DESC, r."id" DESC`;

/** The first row of each question, in the given order (rows ordered by LATEST_ANSWER_FIRST: its latest answer). */
export function firstPerQuestion<Row extends { questionId: string }>(rows: readonly Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.questionId)) return false;
    seen.add(row.questionId);
    return true;
  });
}

const summaryRow = z.object({
  questionId: sqlColumn.text,
  answered: sqlColumn.number,
  correct: sqlColumn.number,
  timeMs: sqlColumn.number,
  isLatestCorrect: sqlColumn.boolean,
});

/**
 * Per question the user answered: answers, right answers, time, and whether the latest answer is right. Two reads,
 * neither growing with the history beyond the one index pass: the few held-back attempts, then one GROUP BY with
 * one row per question (latestAnswerPerQuestion).
 */
export async function loadAnswerSummary(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<AnswerSummary> {
  // Answers of a test whose key is not shown yet count nowhere: their correctness would give the key away.
  const heldBack = await heldBackAttemptIds(db, userId, now);
  const aggregates = sql`, COUNT(*) AS "answered", SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct",
        SUM("timeTakenMs") AS "timeMs"`;
  const rows = await queryRows(
    db,
    sql`SELECT latest."questionId", latest."answered", latest."correct", latest."timeMs",
      r."isCorrect" AS "isLatestCorrect"
    FROM ${latestAnswerPerQuestion(userId, heldBack, aggregates)}
    ${LATEST_ANSWER_FIRST}`,
    summaryRow,
  );
  return { userId, now, heldBackAttemptIds: heldBack, questions: firstPerQuestion(rows) };
}

/**
 * loadAnswerSummary once per request (React `cache`), at the instant of the first call: the header's mistake badge
 * and the page (progress) share one read. Code that must see an answer it has just stored calls loadAnswerSummary.
 */
export const answerSummaryForRequest = cache(
  async (userId: string): Promise<AnswerSummary> => loadAnswerSummary(await getDatabase(), userId),
);
