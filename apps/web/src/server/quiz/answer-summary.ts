import "server-only";
import { type Database, empty, getDatabase, join, queryPackedRows, raw, type Sql, sql } from "@jiji/db";
import { cache } from "react";
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
  /** The latest answer's Response id. */
  latestId: string;
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

// The tally's rows (one per question answered, a few hundred for a keen student) come packed in one JSON value:
// see queryPackedRows.
const TALLY_COLUMNS = {
  questionId: "text",
  answered: "number",
  correct: "number",
  timeMs: "number",
  isLatestCorrect: "boolean",
  latestId: "text",
} as const;
/** A recount's rows: the tally's, with the latest answer's instant to pick the latest answer by. */
const RECOUNT_COLUMNS = { ...TALLY_COLUMNS, latestAt: "timestamp" } as const;

/** Orders answers newest first; in the same millisecond, the higher id first (ids are not time-ordered). */
export function newestFirst(aAt: Date, aId: string, bAt: Date, bId: string): number {
  return bAt.getTime() - aAt.getTime() || (aId < bId ? 1 : aId > bId ? -1 : 0);
}

/** ` AND "questionId" [NOT] IN` the questions answered in these attempts. */
function questionsAnsweredIn(attemptIds: readonly string[], not: "IN" | "NOT IN"): Sql {
  return sql` AND "questionId" ${raw(not)} (SELECT "questionId" FROM "Response" WHERE "attemptId" IN (${join(attemptIds)}))`;
}

/**
 * Per question the user answered: answers, right answers, time, and the latest answer. Read from QuestionTally
 * (one row per question, kept by triggers on Response), so the cost does not grow with the history. The tally
 * counts held-back answers too: the few questions a held-back attempt answered are counted from their answers
 * instead (countAnswersPerQuestion over those questions only).
 */
export async function loadAnswerSummary(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<AnswerSummary> {
  // Answers of a test whose key is not shown yet count nowhere: their correctness would give the key away.
  const heldBack = await heldBackAttemptIds(db, userId, now);
  const tallied = await queryPackedRows(
    db,
    sql`SELECT "questionId", "answered", "correct", "timeMs", "latestCorrect" AS "isLatestCorrect", "latestId"
      FROM "QuestionTally" WHERE "userId" = ${userId}
      ${heldBack.length === 0 ? empty : questionsAnsweredIn(heldBack, "NOT IN")}`,
    TALLY_COLUMNS,
  );
  if (heldBack.length === 0) return { userId, now, heldBackAttemptIds: heldBack, questions: tallied };
  const recounted = await countAnswersPerQuestion(db, userId, heldBack, questionsAnsweredIn(heldBack, "IN"));
  return { userId, now, heldBackAttemptIds: heldBack, questions: [...tallied, ...recounted] };
}

/**
 * What QuestionTally holds, counted from the answers themselves with the held-back attempts left out (on both
 * sides); `onlyQuestions` (` AND "questionId" …`) narrows it. `latest` has one row per question (MAX("createdAt")
 * and the sums) from the covering Response(userId, questionId, createdAt, isCorrect, timeTakenMs, attemptId) index
 * alone, one entry per answer; then one index seek per question fetches `r`, its answer(s) at that instant. CROSS
 * JOIN keeps SQLite to that order (with a plain JOIN it scanned every answer of the user a second time);
 * PostgreSQL plans it as any inner join. Two answers to one question in the same millisecond both come back; sorted
 * newestFirst, the first row per question is the latest.
 */
export async function countAnswersPerQuestion(
  db: Database,
  userId: string,
  heldBack: readonly string[],
  onlyQuestions: Sql = empty,
): Promise<QuestionAnswers[]> {
  const rows = await queryPackedRows(
    db,
    sql`SELECT latest."questionId", latest."answered", latest."correct", latest."timeMs",
      r."isCorrect" AS "isLatestCorrect", r."id" AS "latestId", r."createdAt" AS "latestAt"
    FROM (
      SELECT "questionId", MAX("createdAt") AS "latestAt", COUNT(*) AS "answered",
        SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct", SUM("timeTakenMs") AS "timeMs"
      FROM "Response" WHERE "userId" = ${userId}${excludingAttempts(raw('"attemptId"'), heldBack)}${onlyQuestions}
      GROUP BY "questionId"
    ) latest CROSS JOIN "Response" r
    WHERE r."userId" = ${userId} AND r."questionId" = latest."questionId" AND r."createdAt" = latest."latestAt"
      ${excludingAttempts(raw('r."attemptId"'), heldBack)}`,
    RECOUNT_COLUMNS,
  );
  rows.sort((a, b) => newestFirst(a.latestAt, a.latestId, b.latestAt, b.latestId));
  const seen = new Set<string>();
  return rows.flatMap(({ latestAt: _, ...row }) => {
    if (seen.has(row.questionId)) return [];
    seen.add(row.questionId);
    return [row];
  });
}

/**
 * loadAnswerSummary once per request (React `cache`), at the instant of the first call: the header's mistake badge
 * and the page (progress) share one read. Code that must see an answer it has just stored calls loadAnswerSummary.
 */
export const answerSummaryForRequest = cache(
  async (userId: string): Promise<AnswerSummary> => loadAnswerSummary(await getDatabase(), userId),
);
