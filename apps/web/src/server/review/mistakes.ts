import "server-only";
import type { QuestionType } from "@jiji/content";
import { findQuestion, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";

export type MistakeFilter = { articleSlug?: string; type?: QuestionType };

export type OpenMistake = {
  question: Question;
  /** The latest (wrong) response: what the student last answered. */
  responseId: string;
  response: unknown;
  score: number;
  answeredAt: Date;
};

type OpenMistakeRow = {
  id: string;
  questionId: string;
  response: string;
  score: number;
  createdAt: Date | string;
};

/**
 * The user's latest response per question when it is wrong, newest first. One indexed query instead of loading
 * every response: a wrong row counts only if NO later row of this user for the same question exists
 * (NOT EXISTS probes @@index([userId, questionId])). Ties on createdAt fall back to the id, so exactly one row
 * per question is "latest". Portable SQL: the same text runs on SQLite and PostgreSQL.
 */
async function openMistakeRows(db: Database, userId: string): Promise<OpenMistakeRow[]> {
  return db.$queryRaw<OpenMistakeRow[]>`
    SELECT r."id", r."questionId", r."response", r."score", r."createdAt"
    FROM "Response" r
    WHERE r."userId" = ${userId}
      AND r."isCorrect" = false
      AND NOT EXISTS (
        SELECT 1 FROM "Response" later
        WHERE later."userId" = r."userId"
          AND later."questionId" = r."questionId"
          AND (later."createdAt" > r."createdAt" OR (later."createdAt" = r."createdAt" AND later."id" > r."id"))
      )
    ORDER BY r."createdAt" DESC, r."id" DESC`;
}

/**
 * Every question whose latest answer by this user is wrong. History is never deleted: a later right answer to
 * the same question id (from any quiz) is what resolves a mistake. Questions no longer in the bank are skipped.
 */
export async function listOpenMistakes(
  db: Database,
  userId: string,
  filter: MistakeFilter = {},
): Promise<OpenMistake[]> {
  const mistakes: OpenMistake[] = [];
  for (const row of await openMistakeRows(db, userId)) {
    const question = findQuestion(row.questionId);
    if (!question) continue;
    if (filter.articleSlug && question.articleSlug !== filter.articleSlug) continue;
    if (filter.type && question.type !== filter.type) continue;
    mistakes.push({
      question,
      responseId: row.id,
      response: JSON.parse(row.response) as unknown,
      score: Number(row.score),
      answeredAt: new Date(row.createdAt),
    });
  }
  return mistakes;
}

/** For the navigation badge. */
export async function countOpenMistakes(db: Database, userId: string): Promise<number> {
  return (await listOpenMistakes(db, userId)).length;
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
