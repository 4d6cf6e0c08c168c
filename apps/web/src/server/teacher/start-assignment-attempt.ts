import "server-only";
import { type Database, isUniqueViolation } from "@jiji/db";
import { isAttemptClosed } from "../quiz/attempt-rules";
import { createAttempt } from "../quiz/create-attempt";
import { closeAttemptIfDone } from "../quiz/finish-attempt";
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
  // The unique (assignment, student, attempt number) index decides a race (double click, two tabs, two
  // servers): both starts take number previous.length + 1, one insert wins, the other resumes the winner.
  let attemptId: string;
  try {
    attemptId = await createAttempt(db, {
      userId,
      source: {
        kind: "assignment",
        assignmentId,
        attemptNumber: previous.length + 1,
        quizSetId: set.id,
        feedbackPolicy: set.feedbackPolicy,
        deadlineAt,
        revealAt: set.feedbackPolicy === "after-due" ? assignment.dueAt : null,
      },
      questionIds: questions.map((question) => question.id),
      startedAt: now,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.attempt.findFirst({
      where: { assignmentId, userId, assignmentAttempt: previous.length + 1 },
      select: { id: true },
    });
    if (!winner) throw error;
    return { ok: true, attemptId: winner.id, status: "resumed" };
  }
  return { ok: true, attemptId, status: "started" };
}
