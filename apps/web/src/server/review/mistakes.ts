import "server-only";
import type { QuestionType } from "@jiji/content";
import { findQuestion, isServable, type Question } from "@jiji/content/server";
import { type Database, queryRows, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import {
  type AnswerSummary,
  firstPerQuestion,
  LATEST_ANSWER_FIRST,
  latestAnswerPerQuestion,
  loadAnswerSummary,
} from "../quiz/answer-summary";
import { heldBackAttemptIds } from "../quiz/held-back";

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

/** The user's latest response per question when it is wrong, newest first (see latestAnswerPerQuestion). */
async function openMistakeRows(db: Database, userId: string, now: Date): Promise<OpenMistakeRow[]> {
  // Answers of a test whose key is not shown yet are left out, as if not given (see quiz/held-back.ts).
  const heldBack = await heldBackAttemptIds(db, userId, now);
  const rows = await queryRows(
    db,
    sql`SELECT r."id", r."questionId", r."response", r."score", r."createdAt", r."isCorrect"
    FROM ${latestAnswerPerQuestion(userId, heldBack)}
    ${LATEST_ANSWER_FIRST}`,
    latestAnswerRow,
  );
  return firstPerQuestion(rows).filter((row) => !row.isCorrect);
}

/** Whether a question may be listed as a mistake: a retired or rejected one is not (it comes back through review). */
function findListable(questionId: string): Question | undefined {
  return isServable(questionId) ? findQuestion(questionId) : undefined;
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
    const question = findListable(row.questionId);
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

/**
 * How many mistakes listOpenMistakes lists, from the answer summary (no response is read): for the navigation
 * badge, which takes the request's shared summary (answerSummaryForRequest).
 */
export function countOpenMistakesIn(summary: AnswerSummary): number {
  return summary.questions.filter((entry) => !entry.isLatestCorrect && findListable(entry.questionId)).length;
}

/** countOpenMistakesIn of a fresh summary. */
export async function countOpenMistakes(db: Database, userId: string, now = new Date()): Promise<number> {
  return countOpenMistakesIn(await loadAnswerSummary(db, userId, now));
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
