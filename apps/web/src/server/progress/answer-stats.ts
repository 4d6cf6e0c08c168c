import "server-only";
import { findQuestion } from "@jiji/content/server";
import { type Database, queryRows, raw, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { excludingAttempts, heldBackAttemptIds } from "../quiz/held-back";
import { MASTERY_RULES } from "./mastery";

export type AnswerTotals = { answered: number; correct: number; studyTimeMs: number };
export type FactAnswers = {
  /** Every answer about the fact, all time. */
  answered: number;
  /** Correctness of its latest answers within the recent window, newest first (at most recentAnswers). */
  recent: boolean[];
};
export type AnswerStats = { totals: AnswerTotals; byFact: Map<string, FactAnswers> };

export function factKey(articleSlug: string, factId: string): string {
  return `${articleSlug}/${factId}`;
}

const perQuestionRow = z.object({
  questionId: sqlColumn.text,
  answered: sqlColumn.number,
  correct: sqlColumn.number,
  timeMs: sqlColumn.number,
});

/**
 * Two reads, none returning more rows than the bank has questions or the recent window has answers: answers
 * per question with their correct count and time (one GROUP BY on the covering Response(userId, questionId, …)
 * index; the all-time totals are its sums), and the latest answers (Response(userId, createdAt) index, LIMIT).
 */
export async function loadAnswerStats(db: Database, userId: string, now = new Date()): Promise<AnswerStats> {
  // Answers of a test whose key is not shown yet count nowhere: their correctness would give the key away.
  const heldBack = await heldBackAttemptIds(db, userId, now);
  const notHeldBack = excludingAttempts(raw('"attemptId"'), heldBack);
  const [perQuestion, latest] = await Promise.all([
    queryRows(
      db,
      sql`SELECT "questionId", COUNT(*) AS "answered", SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct",
        SUM("timeTakenMs") AS "timeMs" FROM "Response" WHERE "userId" = ${userId}${notHeldBack}
        GROUP BY "questionId"`,
      perQuestionRow,
    ),
    db.response.findMany({
      where: { userId, attemptId: { notIn: heldBack } },
      orderBy: { createdAt: "desc" },
      take: MASTERY_RULES.recentWindowAnswers,
      select: { questionId: true, isCorrect: true },
    }),
  ]);
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
