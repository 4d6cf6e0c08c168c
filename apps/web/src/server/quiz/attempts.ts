import "server-only";
import { findQuestion, toPublicQuestion } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { z } from "zod";
import type { QuestionScreenView, QuizMode } from "./answer-types";

const questionIdsSchema = z.array(z.string());

export type OwnedAttempt = {
  id: string;
  /** null for quizzes across articles (mistakes, reviews, quiz sets) */
  articleSlug: string | null;
  mode: QuizMode;
  seed: string;
  questionIds: string[];
  questionCount: number;
  startedAt: Date;
  deadlineAt: Date | null;
  revealAt: Date | null;
  finishedAt: Date | null;
  score: number | null;
  correctCount: number | null;
};

/** The attempt if it belongs to this user; another user's attempt is indistinguishable from a missing one. */
export async function findOwnedAttempt(
  db: Database,
  attemptId: string,
  userId: string,
): Promise<OwnedAttempt | null> {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId } });
  if (!attempt || attempt.userId !== userId) return null;
  return {
    id: attempt.id,
    articleSlug: attempt.articleSlug,
    mode: attempt.mode as QuizMode,
    seed: attempt.seed,
    questionIds: questionIdsSchema.parse(JSON.parse(attempt.questionIds)),
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    revealAt: attempt.revealAt,
    finishedAt: attempt.finishedAt,
    score: attempt.score,
    correctCount: attempt.correctCount,
  };
}

/** The first unanswered question of an attempt, as the browser may see it; null when all are answered. */
export async function nextQuestionScreen(
  db: Database,
  attempt: OwnedAttempt,
): Promise<QuestionScreenView | null> {
  const answered = await db.response.findMany({
    where: { attemptId: attempt.id },
    select: { questionId: true },
  });
  const answeredIds = new Set(answered.map((row) => row.questionId));
  const position = attempt.questionIds.findIndex((id) => !answeredIds.has(id));
  if (position === -1) return null;
  const question = findQuestion(attempt.questionIds[position]!);
  if (!question)
    throw new Error(`question ${attempt.questionIds[position]} of attempt ${attempt.id} no longer exists`);
  return {
    attemptId: attempt.id,
    mode: attempt.mode,
    position,
    total: attempt.questionCount,
    answeredCount: answeredIds.size,
    question: toPublicQuestion(question, attempt.seed),
  };
}
