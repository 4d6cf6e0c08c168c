import "server-only";
import type { Locale } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { type AssignmentReport, buildAssignmentReport, type CountedAttempt } from "./report-statistics";

/**
 * Everything a teacher sees about one assignment, in four indexed queries (assignment, roster, attempts,
 * responses) whatever the class size; every figure is computed by buildAssignmentReport (report-statistics.ts). Null when the
 * assignment is not this teacher's.
 */
export async function loadAssignmentReport(
  db: Database,
  teacherId: string,
  assignmentId: string,
  locale: Locale,
  now = new Date(),
  countedAttempt: CountedAttempt = "first",
): Promise<AssignmentReport | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId }, quizSet: { teacherId } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      classroom: { select: { id: true, name: true } },
      quizSet: true,
    },
  });
  if (!assignment) return null;
  const [memberships, attempts, responses] = await Promise.all([
    db.classMembership.findMany({
      where: { classroomId: assignment.classroom.id },
      select: { removedAt: true, student: { select: { id: true, name: true, email: true } } },
    }),
    db.attempt.findMany({
      where: { assignmentId },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        userId: true,
        questionIds: true,
        finishedAt: true,
        deadlineAt: true,
        score: true,
        correctCount: true,
        questionCount: true,
      },
    }),
    db.response.findMany({
      where: { attempt: { assignmentId } },
      select: {
        attemptId: true,
        questionId: true,
        response: true,
        isCorrect: true,
        score: true,
        timeTakenMs: true,
      },
    }),
  ]);

  return buildAssignmentReport({ assignment, memberships, attempts, responses }, locale, now, countedAttempt);
}
