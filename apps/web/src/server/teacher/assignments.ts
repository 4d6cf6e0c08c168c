import "server-only";
import type { Database } from "@jiji/db";
import { isAttemptClosed } from "../quiz/attempt-rules";
import type { FeedbackPolicy } from "../quiz/feedback-policy";

export type AssignQuizSetResult =
  | { ok: true; assignmentId: string }
  | { ok: false; reason: "quizSetNotFound" | "classroomNotFound" | "classroomArchived" | "dueBeforeOpen" };

/** Both the set and the class must be this teacher's; the date order is checked again here, not only in zod. */
export async function assignQuizSet(
  db: Database,
  teacherId: string,
  input: { quizSetId: string; classroomId: string; opensAt: Date; dueAt: Date },
): Promise<AssignQuizSetResult> {
  if (input.dueAt.getTime() <= input.opensAt.getTime()) return { ok: false, reason: "dueBeforeOpen" };
  const [set, classroom] = await Promise.all([
    db.quizSet.findFirst({ where: { id: input.quizSetId, teacherId }, select: { id: true } }),
    db.classroom.findFirst({
      where: { id: input.classroomId, teacherId },
      select: { id: true, archivedAt: true },
    }),
  ]);
  if (!set) return { ok: false, reason: "quizSetNotFound" };
  if (!classroom) return { ok: false, reason: "classroomNotFound" };
  if (classroom.archivedAt) return { ok: false, reason: "classroomArchived" };
  const assignment = await db.assignment.create({
    data: { quizSetId: set.id, classroomId: classroom.id, opensAt: input.opensAt, dueAt: input.dueAt },
    select: { id: true },
  });
  return { ok: true, assignmentId: assignment.id };
}

/**
 * A class's assignments (the teacher's view), with how many current members have submitted: as in the report,
 * a submission is a closed attempt with at least one answer (one that timed out empty is not).
 */
export async function listAssignmentsForClassroom(
  db: Database,
  teacherId: string,
  classroomId: string,
  now = new Date(),
) {
  const assignments = await db.assignment.findMany({
    where: { classroomId, classroom: { teacherId } },
    orderBy: { dueAt: "desc" },
    select: { id: true, opensAt: true, dueAt: true, quizSet: { select: { id: true, title: true } } },
  });
  if (assignments.length === 0) return [];
  // Distinct (assignment, student) pairs: a student who submitted twice counts once.
  const distinct = await db.attempt.findMany({
    where: {
      assignmentId: { in: assignments.map((a) => a.id) },
      OR: [{ finishedAt: { not: null } }, { deadlineAt: { lte: now } }],
      responses: { some: {} },
      user: { memberships: { some: { classroomId, removedAt: null } } },
    },
    distinct: ["assignmentId", "userId"],
    select: { assignmentId: true },
  });
  const counts = new Map<string, number>();
  for (const row of distinct) counts.set(row.assignmentId!, (counts.get(row.assignmentId!) ?? 0) + 1);
  return assignments.map((a) => ({ ...a, submittedCount: counts.get(a.id) ?? 0 }));
}

/** Assignments of one set across the teacher's classes. */
export async function listAssignmentsForQuizSet(db: Database, teacherId: string, quizSetId: string) {
  return db.assignment.findMany({
    where: { quizSetId, quizSet: { teacherId } },
    orderBy: { dueAt: "desc" },
    select: { id: true, opensAt: true, dueAt: true, classroom: { select: { id: true, name: true } } },
  });
}

export type StudentAssignmentStatus = "upcoming" | "todo" | "in-progress" | "done" | "late";

export type StudentAssignment = {
  id: string;
  title: string;
  classroomName: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  timeLimitSeconds: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  feedbackPolicy: FeedbackPolicy;
  status: StudentAssignmentStatus;
  /** The unfinished attempt to resume, if any. */
  openAttemptId: string | null;
  /** The best finished attempt, for "done". */
  bestAttempt: { id: string; score: number | null } | null;
};

/**
 * Everything assigned to a student through the classes they belong to (removed memberships and archived
 * classes excluded), with "to do / in progress / done / late" for `now`. Two queries, whatever the count.
 */
export async function listAssignmentsForStudent(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<StudentAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: {
      classroom: { archivedAt: null, memberships: { some: { studentId: userId, removedAt: null } } },
    },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      classroom: { select: { name: true } },
      quizSet: {
        select: {
          title: true,
          questionCount: true,
          timeLimitSeconds: true,
          attemptsAllowed: true,
          feedbackPolicy: true,
        },
      },
    },
  });
  if (assignments.length === 0) return [];
  const attempts = await db.attempt.findMany({
    where: { userId, assignmentId: { in: assignments.map((a) => a.id) } },
    orderBy: { startedAt: "asc" },
    select: { id: true, assignmentId: true, finishedAt: true, deadlineAt: true, score: true },
  });
  return assignments.map((assignment) => {
    const mine = attempts.filter((attempt) => attempt.assignmentId === assignment.id);
    const closed = mine.filter((attempt) => isAttemptClosed(attempt, now));
    const open = mine.find((attempt) => !isAttemptClosed(attempt, now)) ?? null;
    const best = closed.reduce<(typeof closed)[number] | null>(
      (top, attempt) => (top === null || (attempt.score ?? 0) > (top.score ?? 0) ? attempt : top),
      null,
    );
    const status: StudentAssignmentStatus =
      closed.length > 0
        ? "done"
        : now < assignment.opensAt
          ? "upcoming"
          : now >= assignment.dueAt
            ? "late"
            : open
              ? "in-progress"
              : "todo";
    return {
      id: assignment.id,
      title: assignment.quizSet.title,
      classroomName: assignment.classroom.name,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      questionCount: assignment.quizSet.questionCount,
      timeLimitSeconds: assignment.quizSet.timeLimitSeconds,
      attemptsAllowed: assignment.quizSet.attemptsAllowed,
      attemptsUsed: mine.length,
      feedbackPolicy: assignment.quizSet.feedbackPolicy as FeedbackPolicy,
      status,
      openAttemptId: open && now < assignment.dueAt ? open.id : null,
      bestAttempt: best ? { id: best.id, score: best.score } : null,
    };
  });
}

/** For the home page: what the student can start or resume now. */
export async function listOpenAssignmentsForStudent(db: Database, userId: string, now = new Date()) {
  const all = await listAssignmentsForStudent(db, userId, now);
  return all.filter((assignment) => assignment.status === "todo" || assignment.status === "in-progress");
}

/** The classes a student belongs to (for the /classes page). */
export async function listClassroomsForStudent(db: Database, userId: string) {
  const memberships = await db.classMembership.findMany({
    where: { studentId: userId, removedAt: null, classroom: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: { classroom: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
  });
  return memberships.map((m) => ({
    id: m.classroom.id,
    name: m.classroom.name,
    teacherName: m.classroom.teacher.name,
  }));
}
