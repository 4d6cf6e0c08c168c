import "server-only";
import {
  describeCorrectAnswer,
  describeResponse,
  evidenceFor,
  gradeResponse,
  type Locale,
  type Question,
  type QuizResponse,
} from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { answerWords } from "@/i18n/static-messages";
import { findQuestionLoadingEditorArticles } from "../editor/published-editor-articles";
import { type ScheduleReviewsInput, scheduleReviewsForResponse } from "../review/schedule-review";
import type { AnswerFeedback, SubmitAnswerResult } from "./answer-types";
import { type ReadAttempt, readAttempts } from "./attempt-reader";
import { isPastDeadline } from "./attempt-rules";
import { closeAttemptIfDone, countAnswered, stampAttemptFinished } from "./finish-attempt";
import { defersFeedback, scheduleReleasedReviews } from "./held-back";
import { type StoreResponse, storeResponses } from "./response-store";

export type SubmitAnswerError =
  | { status: 401; code: "unauthenticated" }
  | { status: 404; code: "attempt-not-found" }
  | { status: 409; code: "attempt-finished" | "time-up" }
  | { status: 400; code: "question-not-in-attempt" | "invalid-response" };

export type SubmitAnswerOutcome =
  | { ok: true; result: SubmitAnswerResult }
  | ({ ok: false } & SubmitAnswerError);

export type SubmitAnswerInput = {
  attemptId: string;
  userId: string;
  /** The session token's version: a password change since it was issued makes the request signed out. */
  sessionVersion: number;
  questionId: string;
  response: QuizResponse;
  timeTakenMs: number;
  /** When the answer arrived; injectable so tests can move time. */
  now?: Date;
};

/**
 * Hands a stored answer to FSRS scheduling. The route handler passes the process's review batcher (the
 * student does not wait, and many answers share one commit); without it, scheduling runs before returning.
 */
export type EnqueueReview = (input: ScheduleReviewsInput) => void;

/**
 * How the route shares work between concurrent answers: `readAttempt` batches attempt reads (the process's
 * attempt reader), `storeResponse` group-commits inserts (the process's response writer) and `enqueueReview`
 * batches FSRS scheduling. Without them, each answer reads and writes on its own.
 */
export type SubmitAnswerDeps = {
  readAttempt?: ReadAttempt;
  storeResponse?: StoreResponse;
  enqueueReview?: EnqueueReview;
};

/**
 * Grades one answer on the server and stores it exactly once. The unique (attempt, question) index, not a
 * prior read, decides duplicates: a double click or a retry gets the stored result back and writes nothing.
 */
export async function submitAnswer(
  db: Database,
  input: SubmitAnswerInput,
  locale: Locale,
  deps: SubmitAnswerDeps = {},
): Promise<SubmitAnswerOutcome> {
  // One read finds the attempt and checks the session is still current (batched with concurrent answers).
  const attempt = deps.readAttempt
    ? await deps.readAttempt(input.attemptId)
    : (await readAttempts(db, [input.attemptId])).get(input.attemptId);
  if (!attempt || attempt.userId !== input.userId)
    return { ok: false, status: 404, code: "attempt-not-found" };
  if (attempt.sessionVersion !== input.sessionVersion)
    return { ok: false, status: 401, code: "unauthenticated" };
  const position = attempt.questionIds.indexOf(input.questionId);
  const question =
    position === -1 ? undefined : await findQuestionLoadingEditorArticles(db, input.questionId);
  if (!question) return { ok: false, status: 400, code: "question-not-in-attempt" };

  const now = input.now ?? new Date();
  if (attempt.finishedAt || isPastDeadline(attempt, now)) {
    // Out of time: the attempt closes with what was answered by the deadline.
    if (!attempt.finishedAt)
      await stampAttemptFinished(db, input.attemptId, attempt.questionCount, attempt.deadlineAt!);
    // A retry of an answer stored in time still gets its result back; a new answer is refused.
    const stored = await findStoredResponse(db, input.attemptId, input.questionId);
    if (stored) return { ok: true, result: await alreadyRecorded(db, attempt, question, stored, locale) };
    return { ok: false, status: 409, code: attempt.finishedAt ? "attempt-finished" : "time-up" };
  }

  const grade = gradeResponse(question, input.response);
  if (!grade.ok) return { ok: false, status: 400, code: "invalid-response" };

  const answer = {
    attemptId: input.attemptId,
    userId: input.userId,
    questionId: input.questionId,
    position,
    response: JSON.stringify(input.response),
    isCorrect: grade.isCorrect,
    score: grade.score,
    timeTakenMs: input.timeTakenMs,
    createdAt: now,
  };
  const outcome = deps.storeResponse
    ? await deps.storeResponse(answer)
    : (await storeResponses(db, [answer]))[0]!;
  if (outcome.status === "duplicate") {
    const stored = await findStoredResponse(db, input.attemptId, input.questionId);
    if (!stored) throw new Error(`answer to ${input.questionId} in ${input.attemptId} vanished`);
    const result = await alreadyRecorded(db, attempt, question, stored, locale);
    // The first try may have stored the last answer and died before stamping the attempt: the retry does it.
    if (result.isFinished) await closeAttemptIfDone(db, input.attemptId, now);
    return { ok: true, result };
  }

  // Every graded answer moves the FSRS card of each fact it tests (idempotent per response); a test whose key
  // is shown later moves them when it is released, or the cards' schedule would tell right from wrong.
  const review = {
    userId: input.userId,
    responseId: outcome.id,
    question,
    isCorrect: grade.isCorrect,
    answeredAt: outcome.createdAt,
  };
  const isDeferred = defersFeedback(attempt);
  if (!isDeferred && deps.enqueueReview) deps.enqueueReview(review);
  else if (!isDeferred) await scheduleReviewsForResponse(db, review);
  const { answeredCount } = outcome;
  if (answeredCount >= attempt.questionCount) {
    await stampAttemptFinished(db, input.attemptId, attempt.questionCount, now);
    if (isDeferred) await scheduleReleasedReviews(db, input.userId, now);
  }
  const stored = { response: input.response as unknown, isCorrect: grade.isCorrect, score: grade.score };
  return {
    ok: true,
    result: {
      status: "recorded",
      answeredCount,
      total: attempt.questionCount,
      isFinished: answeredCount >= attempt.questionCount,
      ...(attempt.mode === "practice" ? { feedback: feedbackFor(question, stored, locale) } : {}),
    },
  };
}

type StoredResponse = { response: unknown; isCorrect: boolean; score: number };

async function findStoredResponse(db: Database, attemptId: string, questionId: string) {
  const row = await db.response.findUnique({
    where: { attemptId_questionId: { attemptId, questionId } },
    select: { response: true, isCorrect: true, score: true },
  });
  return row ? { ...row, response: JSON.parse(row.response) as unknown } : null;
}

async function alreadyRecorded(
  db: Database,
  attempt: { id: string; questionCount: number; mode: string },
  question: Question,
  stored: StoredResponse,
  locale: Locale,
): Promise<SubmitAnswerResult> {
  const answeredCount = await countAnswered(db, attempt.id);
  return {
    status: "already-recorded",
    answeredCount,
    total: attempt.questionCount,
    isFinished: answeredCount >= attempt.questionCount,
    ...(attempt.mode === "practice" ? { feedback: feedbackFor(question, stored, locale) } : {}),
  };
}

export function feedbackFor(question: Question, stored: StoredResponse, locale: Locale): AnswerFeedback {
  return {
    isCorrect: stored.isCorrect,
    score: stored.score,
    yourAnswer: describeResponse(question, stored.response, locale, answerWords(locale)),
    correctAnswer: describeCorrectAnswer(question, locale, answerWords(locale)),
    explanation: question.explanation,
    citations: question.citations,
    evidence: evidenceFor(question),
  };
}
