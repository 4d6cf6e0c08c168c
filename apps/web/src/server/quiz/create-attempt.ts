import "server-only";
import { randomBytes } from "node:crypto";
import { GENERATOR_VERSION } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import type { QuizMode } from "./answer-types";
import type { FeedbackPolicy } from "./feedback-policy";
import { encodeQuestionIds } from "./question-ids";

/**
 * Where an attempt's questions came from, with exactly what that source stores. The stored `source` column is
 * "article" for an article quiz and for practising one fact, otherwise the kind's own name.
 */
export type AttemptSource =
  | { kind: "article"; articleSlug: string; mode: QuizMode; count: number; types: readonly string[] }
  | { kind: "fact-practice"; articleSlug: string; factId: string }
  | { kind: "mistakes"; articleSlug: string | null; types: string[] | null }
  | { kind: "review"; factIds: string[] }
  | {
      kind: "assignment";
      assignmentId: string;
      /** 1 for the student's first attempt; the unique index on it decides a race between two starts. */
      attemptNumber: number;
      quizSetId: string;
      feedbackPolicy: FeedbackPolicy;
      deadlineAt: Date;
      revealAt: Date | null;
    };

export type NewAttempt = {
  userId: string;
  source: AttemptSource;
  /** The questions, fixed up front so resuming after a reload or restart asks the same ones. */
  questionIds: readonly string[];
  /** Seeds option order (and, for sources that draw at random, the draw); a fresh one when omitted. */
  seed?: string;
  /** Defaults to the database's now; the demo seed and assignments pass their own clock. */
  startedAt?: Date;
};

export function newAttemptSeed(): string {
  return randomBytes(8).toString("hex");
}

type SourceColumns = {
  source: string;
  articleSlug: string | null;
  mode: QuizMode;
  settings: Record<string, unknown>;
  assignmentId?: string;
  assignmentAttempt?: number;
  deadlineAt?: Date;
  revealAt?: Date | null;
};

function columnsFor(source: AttemptSource, questionCount: number): SourceColumns {
  switch (source.kind) {
    case "article":
      return {
        source: "article",
        articleSlug: source.articleSlug,
        mode: source.mode,
        settings: { count: source.count, types: source.types },
      };
    case "fact-practice":
      return {
        source: "article",
        articleSlug: source.articleSlug,
        mode: "practice",
        settings: { count: questionCount, factId: source.factId },
      };
    // Retries and reviews are practice: feedback after each answer is their point.
    case "mistakes":
      return {
        source: "mistakes",
        articleSlug: source.articleSlug,
        mode: "practice",
        settings: { articleSlug: source.articleSlug, types: source.types, count: questionCount },
      };
    case "review":
      return {
        source: "review",
        articleSlug: null,
        mode: "practice",
        settings: { factIds: source.factIds, count: questionCount },
      };
    case "assignment":
      return {
        source: "assignment",
        articleSlug: null,
        mode: source.feedbackPolicy === "each" ? "practice" : "test",
        settings: { quizSetId: source.quizSetId, feedbackPolicy: source.feedbackPolicy },
        assignmentId: source.assignmentId,
        assignmentAttempt: source.attemptNumber,
        deadlineAt: source.deadlineAt,
        revealAt: source.revealAt,
      };
  }
}

/** The one place an Attempt row is created. Returns its id; a unique violation (assignment race) is thrown. */
export async function createAttempt(db: Database, attempt: NewAttempt): Promise<string> {
  const { settings, ...columns } = columnsFor(attempt.source, attempt.questionIds.length);
  const created = await db.attempt.create({
    data: {
      userId: attempt.userId,
      ...columns,
      seed: attempt.seed ?? newAttemptSeed(),
      questionIds: encodeQuestionIds(attempt.questionIds),
      settings: JSON.stringify(settings),
      questionCount: attempt.questionIds.length,
      generatorVersion: GENERATOR_VERSION,
      startedAt: attempt.startedAt,
    },
    select: { id: true },
  });
  return created.id;
}
