import "server-only";
import { findQuestion } from "@jiji/content/server";
import { type Database, queryPackedRows, raw, sql } from "@jiji/db";
import { type AnswerSummary, newestFirst } from "../quiz/answer-summary";
import { excludingAttempts } from "../quiz/held-back";
import { MASTERY_RULES } from "./mastery";

export type AnswerTotals = { answered: number; correct: number; studyTimeMs: number };
export type FactAnswers = {
  /** Every answer about the fact, all time. */
  answered: number;
  /** Correctness of its latest answers within the recent window, newest first (at most recentAnswers). */
  recent: boolean[];
};
export type AnswerStats = { totals: AnswerTotals; byFact: Map<string, FactAnswers> };

const LATEST_COLUMNS = {
  id: "text",
  questionId: "text",
  isCorrect: "boolean",
  createdAt: "timestamp",
} as const;

/**
 * The user's latest answers (MASTERY_RULES.recentWindowAnswers of them), newest first (in the same millisecond, the
 * higher id first), held-back attempts left out: one range of the Response(userId, createdAt) index, packed in one
 * JSON value (queryPackedRows keeps no order, so they are sorted here).
 */
async function latestAnswers(db: Database, summary: AnswerSummary) {
  const rows = await queryPackedRows(
    db,
    sql`SELECT "id", "questionId", "isCorrect", "createdAt" FROM "Response"
      WHERE "userId" = ${summary.userId}${excludingAttempts(raw('"attemptId"'), summary.heldBackAttemptIds)}
      ORDER BY "createdAt" DESC, "id" DESC LIMIT ${MASTERY_RULES.recentWindowAnswers}`,
    LATEST_COLUMNS,
  );
  return rows.sort((a, b) => newestFirst(a.createdAt, a.id, b.createdAt, b.id));
}

export function factKey(articleSlug: string, factId: string): string {
  return `${articleSlug}/${factId}`;
}

/**
 * Per fact and in total, from the answer summary (one row per question, from QuestionTally), plus one bounded
 * read: the latest answers (latestAnswers), leaving out the same held-back attempts the summary did.
 */
export async function loadAnswerStats(db: Database, summary: AnswerSummary): Promise<AnswerStats> {
  const perQuestion = summary.questions;
  const latest = await latestAnswers(db, summary);
  const byFact = new Map<string, FactAnswers>();
  const entry = (key: string) => {
    const fact = byFact.get(key) ?? { answered: 0, recent: [] };
    byFact.set(key, fact);
    return fact;
  };
  for (const row of perQuestion) {
    const question = findQuestion(row.questionId);
    if (!question) continue;
    for (const factId of question.factIds)
      entry(factKey(question.articleSlug, factId)).answered += row.answered;
  }
  for (const row of latest) {
    const question = findQuestion(row.questionId);
    if (!question) continue;
    for (const factId of question.factIds) {
      const fact = entry(factKey(question.articleSlug, factId));
      if (fact.recent.length < MASTERY_RULES.recentAnswers) fact.recent.push(row.isCorrect);
    }
  }
  const totals = { answered: 0, correct: 0, studyTimeMs: 0 };
  for (const row of perQuestion) {
    totals.answered += row.answered;
    totals.correct += row.correct;
    totals.studyTimeMs += row.timeMs;
  }
  return { totals, byFact };
}
