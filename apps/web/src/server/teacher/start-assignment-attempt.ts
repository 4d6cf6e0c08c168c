import "server-only";
import { randomBytes } from "node:crypto";
import { GENERATOR_VERSION } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { closeAttemptIfDone } from "../quiz/finish-attempt";
import { isAttemptClosed } from "./attempt-rules";
import { perStudentSeed } from "./question-pool";
import { questionsForSet, toQuizSetView } from "./quiz-sets";

export type StartAssignmentError =
  | { reason: "assignmentNotFound" }
  | { reason: "notOpenYet"; opensAt: Date }
  | { reason: "pastDue"; dueAt: Date }
  | { reason: "noAttemptsLeft"; attemptsAllowed: number }
  | { reason: "noQuestions" };

export type StartAssignmentResult =
  | { ok: true; attemptId: string; status: "started" | "resumed" }
  | ({ ok: false } & StartAssignmentError);

/**
 * Starts (or resumes) a student's attempt at an assignment, enforcing every rule on the server:
 * membership, open and due dates, attempts allowed. The attempt carries its own deadline (due date or time
 * limit, whichever comes first) and, for "after the due date" feedback, when its results may be shown.
 */
export async function startAssignmentAttempt(
  db: Database,
  userId: string,
  assignmentId: string,
  now = new Date(),
): Promise<StartAssignmentResult> {
  // Membership is part of the lookup: an assignment of a class the student is not (or no longer) in looks missing.
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      classroom: { archivedAt: null, memberships: { some: { studentId: userId, removedAt: null } } },
    },
    select: { id: true, opensAt: true, dueAt: true, quizSet: true },
  });
  if (!assignment) return { ok: false, reason: "assignmentNotFound" };
  if (now < assignment.opensAt) return { ok: false, reason: "notOpenYet", opensAt: assignment.opensAt };
  if (now >= assignment.dueAt) return { ok: false, reason: "pastDue", dueAt: assignment.dueAt };

  const previous = await db.attempt.findMany({
    where: { assignmentId, userId },
    orderBy: { startedAt: "asc" },
    select: { id: true, finishedAt: true, deadlineAt: true },
  });
  const resumable = previous.find((attempt) => !isAttemptClosed(attempt, now));
  if (resumable) return { ok: true, attemptId: resumable.id, status: "resumed" };
  for (const attempt of previous) if (!attempt.finishedAt) await closeAttemptIfDone(db, attempt.id, now);

  const set = toQuizSetView(assignment.quizSet);
  if (previous.length >= set.attemptsAllowed) {
    return { ok: false, reason: "noAttemptsLeft", attemptsAllowed: set.attemptsAllowed };
  }
  const questions = questionsForSet(set, perStudentSeed(set.seed, userId));
  if (questions.length === 0) return { ok: false, reason: "noQuestions" };

  const timeLimitEnd = set.timeLimitSeconds ? new Date(now.getTime() + set.timeLimitSeconds * 1000) : null;
  const deadlineAt = timeLimitEnd && timeLimitEnd < assignment.dueAt ? timeLimitEnd : assignment.dueAt;
  const created = await db.attempt.create({
    data: {
      userId,
      articleSlug: null,
      source: "assignment",
      assignmentId,
      mode: set.feedbackPolicy === "each" ? "practice" : "test",
      seed: randomBytes(8).toString("hex"),
      questionIds: JSON.stringify(questions.map((question) => question.id)),
      settings: JSON.stringify({ quizSetId: set.id, feedbackPolicy: set.feedbackPolicy }),
      questionCount: questions.length,
      generatorVersion: GENERATOR_VERSION,
      startedAt: now,
      deadlineAt,
      revealAt: set.feedbackPolicy === "after-due" ? assignment.dueAt : null,
    },
    select: { id: true },
  });

  // Two starts racing (double click, two tabs) could both pass the count above; without interactive
  // transactions the later rows (by start time, then id) are withdrawn again so the limit holds.
  const all = await db.attempt.findMany({
    where: { assignmentId, userId },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const rank = all.findIndex((attempt) => attempt.id === created.id);
  if (rank >= set.attemptsAllowed) {
    await db.attempt.deleteMany({ where: { id: created.id, userId } });
    const winner = all[set.attemptsAllowed - 1];
    if (winner && rank > 0 && previous.length === set.attemptsAllowed - 1) {
      return { ok: true, attemptId: winner.id, status: "resumed" };
    }
    return { ok: false, reason: "noAttemptsLeft", attemptsAllowed: set.attemptsAllowed };
  }
  return { ok: true, attemptId: created.id, status: "started" };
}
