import "server-only";
import type { Locale } from "@jiji/content/server";
import { type Database, queryPackedRows, sql } from "@jiji/db";
import { type AssignmentReport, buildAssignmentReport, type CountedAttempt } from "./report-statistics";

// A class's rows (roster, attempts and thousands of responses) come packed in one JSON value each: see
// queryPackedRows for why.
const ROSTER_COLUMNS = { removedAt: "timestamp?", id: "text", name: "text", email: "text" } as const;
const ATTEMPT_COLUMNS = {
  id: "text",
  userId: "text",
  questionIds: "text",
  startedAt: "timestamp",
  finishedAt: "timestamp?",
  deadlineAt: "timestamp?",
  score: "number?",
  correctCount: "number?",
  questionCount: "number",
} as const;
const RESPONSE_COLUMNS = {
  attemptId: "text",
  questionId: "text",
  response: "text",
  isCorrect: "boolean",
  score: "number",
  timeTakenMs: "number",
} as const;

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
    ),
    queryPackedRows(
      db,
      sql`SELECT "id", "userId", "questionIds", "startedAt", "finishedAt", "deadlineAt", "score", "correctCount",
                 "questionCount"
          FROM "Attempt" WHERE "assignmentId" = ${assignmentId}`,
      ATTEMPT_COLUMNS,
    ),
    queryPackedRows(
      db,
      sql`SELECT r."attemptId", r."questionId", r."response", r."isCorrect", r."score", r."timeTakenMs"
          FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
          WHERE a."assignmentId" = ${assignmentId}`,
      RESPONSE_COLUMNS,
    ),
  ]);

  const memberships = roster.map(({ removedAt, ...student }) => ({ removedAt, student }));
  attempts.sort(
    (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return buildAssignmentReport({ assignment, memberships, attempts, responses }, locale, now, countedAttempt);
}
