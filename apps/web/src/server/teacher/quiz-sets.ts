import "server-only";
import { randomBytes } from "node:crypto";
import { findQuestion, isAssessmentReserved, isServable, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import type { FeedbackPolicy } from "../quiz/feedback-policy";
import { decodeQuestionIds, encodeQuestionIds } from "../quiz/question-ids";
import { assessmentPool } from "../quiz/question-serving";
import { buildQuestionPool, drawQuestions } from "./question-pool";
import {
  type CreateQuizSetInput,
  type QuizSetFilters,
  quizSetFiltersSchema,
  type Selection,
} from "./teacher-schemas";

export type CreateQuizSetResult =
  | { ok: true; quizSetId: string }
  | { ok: false; reason: "noQuestions" }
  | { ok: false; reason: "poolTooSmall"; available: number };

/** Stores a set only when its filters yield at least as many questions as it asks for. */
export async function createQuizSet(
  db: Database,
  teacherId: string,
  input: CreateQuizSetInput,
): Promise<CreateQuizSetResult> {
  const filters: QuizSetFilters = quizSetFiltersSchema.parse({
    articleSlugs: input.articleSlugs,
    sections: input.sections,
    tags: input.tags,
    kinds: input.kinds,
    types: input.types,
  });
  const pool = assessmentPool(buildQuestionPool(filters), input.feedbackPolicy);
  if (pool.length === 0) return { ok: false, reason: "noQuestions" };
  if (pool.length < input.questionCount) return { ok: false, reason: "poolTooSmall", available: pool.length };
  const seed = randomBytes(8).toString("hex");
  const fixed =
    input.selection === "fixed"
      ? drawQuestions(pool, input.questionCount, filters.types, seed).map((question) => question.id)
      : null;
  const set = await db.quizSet.create({
    data: {
      teacherId,
      title: input.title,
      filters: JSON.stringify(filters),
      questionCount: input.questionCount,
      selection: input.selection,
      questionIds: fixed ? encodeQuestionIds(fixed) : null,
      seed,
      feedbackPolicy: input.feedbackPolicy,
      timeLimitSeconds: input.timeLimitMinutes ? input.timeLimitMinutes * 60 : null,
      attemptsAllowed: input.attemptsAllowed,
    },
    select: { id: true },
  });
  return { ok: true, quizSetId: set.id };
}

export type QuizSetView = {
  id: string;
  title: string;
  filters: QuizSetFilters;
  questionCount: number;
  selection: Selection;
  fixedQuestionIds: string[] | null;
  seed: string;
  feedbackPolicy: FeedbackPolicy;
  timeLimitSeconds: number | null;
  attemptsAllowed: number;
  createdAt: Date;
};

type QuizSetRow = {
  id: string;
  title: string;
  filters: string;
  questionCount: number;
  selection: string;
  questionIds: string | null;
  seed: string;
  feedbackPolicy: string;
  timeLimitSeconds: number | null;
  attemptsAllowed: number;
  createdAt: Date;
};

export function toQuizSetView(row: QuizSetRow): QuizSetView {
  return {
    id: row.id,
    title: row.title,
    filters: quizSetFiltersSchema.parse(JSON.parse(row.filters)),
    questionCount: row.questionCount,
    selection: row.selection as Selection,
    fixedQuestionIds: row.questionIds ? decodeQuestionIds(row.questionIds) : null,
    seed: row.seed,
    feedbackPolicy: row.feedbackPolicy as FeedbackPolicy,
    timeLimitSeconds: row.timeLimitSeconds,
    attemptsAllowed: row.attemptsAllowed,
    createdAt: row.createdAt,
  };
}

export async function listQuizSets(db: Database, teacherId: string): Promise<QuizSetView[]> {
  const rows = await db.quizSet.findMany({ where: { teacherId }, orderBy: { createdAt: "desc" } });
  return rows.map(toQuizSetView);
}

/** The set only when this teacher owns it; another teacher's id looks missing. */
export async function findOwnedQuizSet(db: Database, teacherId: string, quizSetId: string) {
  const row = await db.quizSet.findFirst({ where: { id: quizSetId, teacherId } });
  return row ? toQuizSetView(row) : null;
}

// Each mutation below is one conditional statement: the `teacherId` in the filter is the ownership check.

export async function renameQuizSet(db: Database, teacherId: string, quizSetId: string, title: string) {
  const { count } = await db.quizSet.updateMany({ where: { id: quizSetId, teacherId }, data: { title } });
  return count === 1;
}

export type DeleteQuizSetResult = { ok: true } | { ok: false; reason: "quizSetNotFound" | "quizSetAssigned" };

/**
 * Only a set that was never assigned: assignments cascade from their set, and with them students' attempts
 * and the reports. The "no assignments" condition is part of the delete itself, not a read before it.
 */
export async function deleteQuizSet(
  db: Database,
  teacherId: string,
  quizSetId: string,
): Promise<DeleteQuizSetResult> {
  const { count } = await db.quizSet.deleteMany({
    where: { id: quizSetId, teacherId, assignments: { none: {} } },
  });
  if (count === 1) return { ok: true };
  // Nothing deleted: a second read, for the message only, tells an assigned set from a missing one.
  const kept = await db.quizSet.count({ where: { id: quizSetId, teacherId } });
  return { ok: false, reason: kept === 1 ? "quizSetAssigned" : "quizSetNotFound" };
}

/**
 * The questions of a set: for a fixed set everyone's; for a per-student set the draw for `seed`
 * (the preview uses the set's own seed, students their own). Questions no longer served (retired or rejected in
 * review) are skipped; attempts already started keep theirs.
 */
/**
 * How many of the set's questions are reserved for tests (never served by practice): the fixed questions that
 * are, or for a per-student draw those its filters allow. A set whose feedback is held back draws only these.
 */
export function reservedQuestionCount(set: QuizSetView): number {
  const ids = set.fixedQuestionIds ?? buildQuestionPool(set.filters).map((question) => question.id);
  return ids.filter((id) => isAssessmentReserved(id)).length;
}

export function questionsForSet(set: QuizSetView, drawSeed: string): Question[] {
  if (set.fixedQuestionIds) {
    return set.fixedQuestionIds.flatMap((id) => (isServable(id) ? [findQuestion(id) as Question] : []));
  }
  const pool = assessmentPool(buildQuestionPool(set.filters), set.feedbackPolicy);
  return drawQuestions(pool, set.questionCount, set.filters.types, drawSeed);
}
