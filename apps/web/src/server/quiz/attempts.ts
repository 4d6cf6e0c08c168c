import "server-only";
import type { Locale } from "@jiji/content";
import { findQuestion, getArticle, toPublicQuestion } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { localized } from "@/lib/localized";
import type { QuestionScreenView, QuizMode } from "./answer-types";
import { decodeQuestionIds } from "./question-ids";

export type OwnedAttempt = {
  id: string;
  /** null for quizzes across articles (mistakes, reviews, quiz sets) */
  articleSlug: string | null;
  assignmentId: string | null;
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
    assignmentId: attempt.assignmentId,
    mode: attempt.mode as QuizMode,
    seed: attempt.seed,
    questionIds: decodeQuestionIds(attempt.questionIds),
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    revealAt: attempt.revealAt,
    finishedAt: attempt.finishedAt,
    score: attempt.score,
    correctCount: attempt.correctCount,
  };
}

/** What a quiz is called: its assignment's name, else its article's title; null for a quiz across articles. */
export async function quizTitle(db: Database, attempt: OwnedAttempt, locale: Locale): Promise<string | null> {
  if (attempt.assignmentId) {
    const assignment = await db.assignment.findUnique({
      where: { id: attempt.assignmentId },
      select: { quizSet: { select: { title: true } } },
    });
    return assignment?.quizSet.title ?? null;
  }
  const article = attempt.articleSlug ? getArticle(attempt.articleSlug) : undefined;
  return article ? localized(article.title, locale) : null;
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
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    question: toPublicQuestion(question, attempt.seed),
  };
}
