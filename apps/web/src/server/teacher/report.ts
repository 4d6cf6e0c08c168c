import "server-only";
import { type Locale, publishedEditorStamp } from "@jiji/content/server";
import { type Database, join, queryPackedRows, type Sql, sql } from "@jiji/db";
import { groupBy } from "@/lib/group-by";
import { isAttemptClosed } from "../quiz/attempt-rules";
import { ReportCache } from "./report-cache";
import {
  type AssignmentReport,
  buildAssignmentReport,
  type CountedAttempt,
  type ReportData,
} from "./report-statistics";

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
  /** How many answers the attempt has: while it stays the same, so do they (see ReportCache). */
  answered: "number",
} as const;
const RESPONSE_COLUMNS = {
  attemptId: "text",
  questionId: "text",
  response: "text",
  isCorrect: "boolean",
  score: "number",
  timeTakenMs: "number",
} as const;

type Answer = ReportData["responses"][number];

/** About 10 MB of answers: a class of 200 × 20 questions is 4,000. */
const cache = new ReportCache<Answer, AssignmentReport>(50_000);

/** Attempts whose answers are read again by id in one statement; more are read by the assignment. */
const MAX_ATTEMPTS_BY_ID = 500;

/**
 * Everything a teacher sees about one assignment; every figure is computed by buildAssignmentReport
 * (report-statistics.ts). Null when the assignment is not this teacher's. Each load reads the assignment, its roster
 * and its attempts (indexed queries whatever the class size); answers and the report come from ReportCache while
 * those rows say nothing changed, and only the answers of attempts closed or answered since are read again.
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
  const [roster, attempts] = await Promise.all([
    queryPackedRows(
      db,
      sql`SELECT m."removedAt", u."id", u."name", u."email"
          FROM "ClassMembership" m JOIN "User" u ON u."id" = m."studentId"
          WHERE m."classroomId" = ${assignment.classroom.id}`,
      ROSTER_COLUMNS,
    ),
    queryPackedRows(
      db,
      sql`SELECT a."id", a."userId", a."questionIds", a."startedAt", a."finishedAt", a."deadlineAt", a."score",
                 a."correctCount", a."questionCount",
                 (SELECT COUNT(*) FROM "Response" r WHERE r."attemptId" = a."id") AS "answered"
          FROM "Attempt" a WHERE a."assignmentId" = ${assignmentId}`,
      ATTEMPT_COLUMNS,
    ),
  ]);
  roster.sort((a, b) => compareIds(a.id, b.id));
  attempts.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || compareIds(a.id, b.id));

  // The report counts closed attempts only (submitted, or out of time: report-statistics.ts): the answers of
  // attempts still open are neither read nor part of the fingerprint, so a class answering changes nothing here
  // until someone submits.
  const closed = attempts.filter((attempt) => isAttemptClosed(attempt, now));
  const answers = await currentAnswers(db, assignmentId, closed);
  // Everything else the report is built from, and what it depends on besides the rows: the clock (which attempts
  // are closed) and the editor articles the bank holds (question and fact texts).
  const closedIds = new Set(closed.map((attempt) => attempt.id));
  const fingerprint = JSON.stringify([
    publishedEditorStamp(),
    assignment,
    roster,
    attempts.map(({ answered, ...attempt }) => [attempt, closedIds.has(attempt.id) ? answered : "open"]),
  ]);
  const key = `${locale}/${countedAttempt}`;
  const kept = cache.report(assignmentId, key, fingerprint);
  if (kept) return kept;
  const report = buildAssignmentReport(
    {
      assignment,
      memberships: roster.map(({ removedAt, ...student }) => ({ removedAt, student })),
      attempts,
      responses: closed.flatMap((attempt) => answers.get(attempt.id) ?? []),
    },
    locale,
    now,
    countedAttempt,
  );
  cache.keepReport(assignmentId, key, fingerprint, report);
  return report;
}

/**
 * The answers of each of these attempts: the kept ones while their count is unchanged, the others read again. An
 * answer stored between the count and this read is read too; the next load sees the count move and rebuilds the
 * report.
 */
async function currentAnswers(
  db: Database,
  assignmentId: string,
  attempts: readonly { id: string; answered: number }[],
): Promise<ReadonlyMap<string, readonly Answer[]>> {
  const kept = cache.answers(assignmentId);
  const stale = new Set(
    attempts.filter((attempt) => kept.get(attempt.id)?.length !== attempt.answered).map(({ id }) => id),
  );
  if (stale.size === 0 && kept.size === attempts.length) return kept;
  const readAll = stale.size === attempts.length || stale.size > MAX_ATTEMPTS_BY_ID;
  const read =
    stale.size === 0
      ? []
      : await readAnswers(
          db,
          readAll ? sql`a."assignmentId" = ${assignmentId}` : sql`r."attemptId" IN (${join([...stale])})`,
        );
  const readByAttempt = groupBy(read, (row) => row.attemptId);
  const answers = new Map(
    attempts.map(({ id }) => [id, readAll || stale.has(id) ? (readByAttempt.get(id) ?? []) : kept.get(id)!]),
  );
  cache.keepAnswers(assignmentId, answers);
  return answers;
}

function readAnswers(db: Database, where: Sql): Promise<Answer[]> {
  return queryPackedRows(
    db,
    sql`SELECT r."attemptId", r."questionId", r."response", r."isCorrect", r."score", r."timeTakenMs"
        FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
        WHERE ${where}`,
    RESPONSE_COLUMNS,
  );
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
