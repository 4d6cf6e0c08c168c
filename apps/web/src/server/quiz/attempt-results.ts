import "server-only";
import { findQuestion, type Locale } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import type { AnswerFeedback } from "./answer-types";
import type { OwnedAttempt } from "./attempts";
import { feedbackFor } from "./submit-answer";

export type ReviewedQuestion = {
  position: number;
  questionId: string;
  stem: { ja: string; en?: string };
} & AnswerFeedback;

export type AttemptResults = {
  correctCount: number;
  total: number;
  score: number;
  timeTakenMs: number;
  questions: ReviewedQuestion[];
};

/** The per-question review of a finished attempt, in the order the questions were asked. */
export async function loadAttemptResults(
  db: Database,
  attempt: OwnedAttempt,
  locale: Locale,
): Promise<AttemptResults> {
  const responses = await db.response.findMany({
    where: { attemptId: attempt.id },
    orderBy: { position: "asc" },
    select: {
      questionId: true,
      position: true,
      response: true,
      isCorrect: true,
      score: true,
      timeTakenMs: true,
    },
  });
  const questions: ReviewedQuestion[] = [];
  for (const row of responses) {
    const question = findQuestion(row.questionId);
    if (!question) continue;
    questions.push({
      position: row.position,
      questionId: row.questionId,
      stem: question.stem,
      ...feedbackFor(
        question,
        { response: JSON.parse(row.response), isCorrect: row.isCorrect, score: row.score },
        locale,
      ),
    });
  }
  return {
    correctCount: attempt.correctCount ?? responses.filter((row) => row.isCorrect).length,
    total: attempt.questionCount,
    score: attempt.score ?? 0,
    timeTakenMs: responses.reduce((sum, row) => sum + row.timeTakenMs, 0),
    questions,
  };
}
