import "server-only";
import type { Locale } from "@jiji/content/server";
import { type Database, type PackedColumn, queryPackedRows, sql } from "@jiji/db";
import { z } from "zod";
import { type AssignmentReport, buildAssignmentReport, type CountedAttempt } from "./report-statistics";

// A class's rows (roster, attempts and thousands of responses) come packed in one JSON value each: see
// queryPackedRows for why.
const ROSTER_COLUMNS: PackedColumn[] = [
  { name: "removedAt", type: "timestamp" },
  { name: "id", type: "text" },
  { name: "name", type: "text" },
  { name: "email", type: "text" },
];
const rosterRowSchema = z.object({
  removedAt: z.date().nullable(),
  id: z.string(),
  name: z.string(),
  email: z.string(),
});
const ATTEMPT_COLUMNS: PackedColumn[] = [
  { name: "id", type: "text" },
  { name: "userId", type: "text" },
  { name: "questionIds", type: "text" },
  { name: "startedAt", type: "timestamp" },
  { name: "finishedAt", type: "timestamp" },
  { name: "deadlineAt", type: "timestamp" },
  { name: "score", type: "number" },
  { name: "correctCount", type: "number" },
  { name: "questionCount", type: "number" },
];
const attemptRowSchema = z.object({
  id: z.string(),
  userId: z.string(),
  questionIds: z.string(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  deadlineAt: z.date().nullable(),
  score: z.number().nullable(),
  correctCount: z.number().nullable(),
  questionCount: z.number(),
});
const RESPONSE_COLUMNS: PackedColumn[] = [
  { name: "attemptId", type: "text" },
  { name: "questionId", type: "text" },
  { name: "response", type: "text" },
  { name: "isCorrect", type: "boolean" },
  { name: "score", type: "number" },
  { name: "timeTakenMs", type: "number" },
];
const responseRowSchema = z.object({
  attemptId: z.string(),
  questionId: z.string(),
  response: z.string(),
  isCorrect: z.boolean(),
  score: z.number(),
  timeTakenMs: z.number(),
});

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
  const [roster, attempts, responses] = await Promise.all([
    queryPackedRows(
      db,
      sql`SELECT m."removedAt", u."id", u."name", u."email"
          FROM "ClassMembership" m JOIN "User" u ON u."id" = m."studentId"
          WHERE m."classroomId" = ${assignment.classroom.id}`,
      ROSTER_COLUMNS,
      rosterRowSchema,
    ),
    queryPackedRows(
      db,
      sql`SELECT "id", "userId", "questionIds", "startedAt", "finishedAt", "deadlineAt", "score", "correctCount",
                 "questionCount"
          FROM "Attempt" WHERE "assignmentId" = ${assignmentId}`,
      ATTEMPT_COLUMNS,
      attemptRowSchema,
    ),
    queryPackedRows(
      db,
      sql`SELECT r."attemptId", r."questionId", r."response", r."isCorrect", r."score", r."timeTakenMs"
          FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
          WHERE a."assignmentId" = ${assignmentId}`,
      RESPONSE_COLUMNS,
      responseRowSchema,
    ),
  ]);

  const memberships = roster.map(({ removedAt, ...student }) => ({ removedAt, student }));
  attempts.sort(
    (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return buildAssignmentReport({ assignment, memberships, attempts, responses }, locale, now, countedAttempt);
}
