import "server-only";
import type { QuestionType } from "@jiji/content";
import { findQuestion, isServable, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { type AnswerSummary, loadAnswerSummary } from "../quiz/answer-summary";

export type MistakeFilter = { articleSlug?: string; type?: QuestionType };

export type OpenMistake = {
  question: Question;
  /** The latest (wrong) response: what the student last answered. */
  responseId: string;
  response: unknown;
  score: number;
  answeredAt: Date;
};

/** The latest answers of the questions whose latest answer is wrong, newest first. */
async function openMistakeRows(db: Database, summary: AnswerSummary) {
  const latestWrong = summary.questions.flatMap((entry) => (entry.isLatestCorrect ? [] : [entry.latestId]));
  if (latestWrong.length === 0) return [];
  return db.response.findMany({
    where: { id: { in: latestWrong } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, questionId: true, response: true, score: true, createdAt: true },
  });
}

/** Whether a question may be listed as a mistake: a retired or rejected one is not (it comes back through review). */
function findListable(questionId: string): Question | undefined {
  return isServable(questionId) ? findQuestion(questionId) : undefined;
}

/**
 * Every question whose latest answer in the summary is wrong. History is never deleted: a later right answer to
 * the same question id (from any quiz) is what resolves a mistake. Only questions that may be served are listed:
 * a retired or rejected one stays in the history, and its fact comes back through the review queue instead. The
 * page takes the request's summary (answerSummaryForRequest), so its list and the header's count are one read.
 */
export async function listOpenMistakesIn(
  db: Database,
  summary: AnswerSummary,
  filter: MistakeFilter = {},
): Promise<OpenMistake[]> {
  const mistakes: OpenMistake[] = [];
  for (const row of await openMistakeRows(db, summary)) {
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

/** listOpenMistakesIn of a fresh summary (answers held back at `now` left out, as if not given). */
export async function listOpenMistakes(
  db: Database,
  userId: string,
  filter: MistakeFilter = {},
  now = new Date(),
): Promise<OpenMistake[]> {
  return listOpenMistakesIn(db, await loadAnswerSummary(db, userId, now), filter);
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
