import type { Citation, LocalizedText, PublicQuestion, QuizResponse, SentenceLocation } from "@jiji/content";

export const QUIZ_MODES = ["practice", "test"] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** A question as the browser receives it before answering: no key and no citation (see @jiji/content). */
export type UnansweredQuestion = PublicQuestion;

/** Everything the question screen needs; built on the server for the first unanswered question. */
export type QuestionScreenView = {
  attemptId: string;
  mode: QuizMode;
  /** 0-based index of this question in the attempt. */
  position: number;
  total: number;
  answeredCount: number;
  /** ISO time after which answers are refused (a timed assignment), or null. */
  deadlineAt: string | null;
  question: UnansweredQuestion;
};

/** Body of POST /api/attempts/:attemptId/responses */
export type SubmitAnswerBody = { questionId: string; response: QuizResponse; timeTakenMs: number };

/** Shown after answering in practice mode, and on the results page. */
export type AnswerFeedback = {
  isCorrect: boolean;
  /** 0..1, partial credit for ordering and matching */
  score: number;
  yourAnswer: string;
  correctAnswer: string;
  explanation: LocalizedText;
  citations: Citation[];
  /** The article sentences the question comes from: sent only with the verdict, never with the question. */
  evidence: SentenceLocation[];
};

/** 200 response of POST /api/attempts/:attemptId/responses */
export type SubmitAnswerResult = {
  /** "already-recorded": the same question was answered before (double click, retry); nothing new was stored. */
  status: "recorded" | "already-recorded";
  answeredCount: number;
  total: number;
  isFinished: boolean;
  /** Only in practice mode; in test mode feedback waits for the results page. */
  feedback?: AnswerFeedback;
};

/** Any 4xx/5xx of the quiz API: a message in the user's language. */
export type ApiErrorBody = { error: { code: string; message: string } };
