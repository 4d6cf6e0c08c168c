import "server-only";
import type { QuestionType } from "@jiji/content";
import { findQuestion, isServable, type Question } from "@jiji/content/server";
import { type Database, queryRows, raw, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { excludingAttempts, heldBackAttemptIds } from "../quiz/held-back";

export type MistakeFilter = { articleSlug?: string; type?: QuestionType };

export type OpenMistake = {
  question: Question;
  /** The latest (wrong) response: what the student last answered. */
  responseId: string;
  response: unknown;
  score: number;
  answeredAt: Date;
};

const latestAnswerRow = z.object({
  id: sqlColumn.text,
  questionId: sqlColumn.text,
  /** JSON of the validated response, as stored. */
  response: sqlColumn.text,
  score: sqlColumn.number,
  createdAt: sqlColumn.date,
  isCorrect: sqlColumn.boolean,
});
type OpenMistakeRow = z.output<typeof latestAnswerRow>;

/**
 * The user's latest response per question when it is wrong, newest first. The inner GROUP BY reads only the
 * Response(userId, questionId, createdAt) index (one entry per answer, no table rows); then one index seek per
 * answered question fetches its latest row. CROSS JOIN keeps SQLite to that order (with a plain JOIN it scanned
 * every answer of the user a second time); PostgreSQL plans it as any inner join. The same text runs on both.
 */
async function openMistakeRows(db: Database, userId: string, now: Date): Promise<OpenMistakeRow[]> {
  // Answers of a test whose key is not shown yet are left out, as if not given (see quiz/held-back.ts).
  const heldBack = await heldBackAttemptIds(db, userId, now);
  const rows = await queryRows(
    db,
    sql`SELECT r."id", r."questionId", r."response", r."score", r."createdAt", r."isCorrect"
    FROM (
      SELECT "questionId", MAX("createdAt") AS "latestAt"
      FROM "Response" WHERE "userId" = ${userId}${excludingAttempts(raw('"attemptId"'), heldBack)}
      GROUP BY "questionId"
    ) latest CROSS JOIN "Response" r
    WHERE r."userId" = ${userId} AND r."questionId" = latest."questionId" AND r."createdAt" = latest."latestAt"
      ${excludingAttempts(raw('r."attemptId"'), heldBack)}
    ORDER BY r."createdAt" DESC, r."id" DESC`,
    latestAnswerRow,
  );
  // Two answers to one question in the same millisecond: the higher id is the later one (as before).
  const seen = new Set<string>();
  const open: OpenMistakeRow[] = [];
  for (const row of rows) {
    if (seen.has(row.questionId)) continue;
    seen.add(row.questionId);
    if (!row.isCorrect) open.push(row);
  }
  return open;
}

/**
 * Every question whose latest answer by this user is wrong. History is never deleted: a later right answer to
 * the same question id (from any quiz) is what resolves a mistake. Only questions that may be served are listed:
 * a retired or rejected one stays in the history, and its fact comes back through the review queue instead.
 */
export async function listOpenMistakes(
  db: Database,
  userId: string,
  filter: MistakeFilter = {},
  now = new Date(),
): Promise<OpenMistake[]> {
  const mistakes: OpenMistake[] = [];
  for (const row of await openMistakeRows(db, userId, now)) {
    const question = isServable(row.questionId) ? findQuestion(row.questionId) : undefined;
    if (!question) continue;
    if (filter.articleSlug && question.articleSlug !== filter.articleSlug) continue;
    if (filter.type && question.type !== filter.type) continue;
    mistakes.push({
      question,
      responseId: row.id,
      response: JSON.parse(row.response) as unknown,
      score: row.score,
      answeredAt: row.createdAt,
    });
  }
  return mistakes;
}

/** For the navigation badge. */
export async function countOpenMistakes(db: Database, userId: string, now = new Date()): Promise<number> {
  return (await listOpenMistakes(db, userId, {}, now)).length;
}

/** Open mistakes grouped by article, in the order their newest mistake was made. */
export function groupByArticle(
  mistakes: readonly OpenMistake[],
): { articleSlug: string; mistakes: OpenMistake[] }[] {
  const groups = new Map<string, OpenMistake[]>();
  for (const mistake of mistakes) {
    const list = groups.get(mistake.question.articleSlug) ?? [];
    list.push(mistake);
    groups.set(mistake.question.articleSlug, list);
  }
  return [...groups].map(([articleSlug, list]) => ({ articleSlug, mistakes: list }));
}
