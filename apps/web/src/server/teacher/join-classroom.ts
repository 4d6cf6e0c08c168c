import "server-only";
import { type Database, isUniqueViolation } from "@jiji/db";
import { lockedForMs, RATE_LIMITS, recordRateLimitedEvent } from "../auth/rate-limit";
import { isWellFormedJoinCode, normalizeJoinCode } from "./join-code";

export type JoinClassroomResult =
  | { ok: true; classroomId: string; name: string; status: "joined" | "already-member" }
  | { ok: false; reason: "codeInvalid" | "codeExpired" | "teachersCannotJoin" }
  | { ok: false; reason: "tooManyJoinAttempts"; minutes: number };

type ClassroomByCode = NonNullable<Awaited<ReturnType<typeof findClassroomByCode>>>;

/**
 * A student's look-up of a join code (the join page and joining both go through it). Codes that lead nowhere or
 * have expired count against the student, so codes cannot be guessed by trying them one after another.
 */
export async function lookUpJoinCode(
  db: Database,
  studentId: string,
  rawCode: string,
  now = new Date(),
): Promise<
  | { status: "locked"; minutes: number }
  | { status: "unknown" }
  | { status: "found"; classroom: ClassroomByCode }
> {
  const key = `join:student:${studentId}`;
  const waitMs = await lockedForMs(db, [key], now);
  if (waitMs > 0) return { status: "locked", minutes: Math.ceil(waitMs / 60_000) };
  const classroom = await findClassroomByCode(db, rawCode, now);
  if (!classroom || classroom.isExpired)
    await recordRateLimitedEvent(db, key, RATE_LIMITS.joinCodeStudent, now);
  return classroom ? { status: "found", classroom } : { status: "unknown" };
}

/** What the join page shows before the student confirms; null for an unknown, archived or expired code. */
export async function findClassroomByCode(db: Database, rawCode: string, now = new Date()) {
  const code = normalizeJoinCode(rawCode);
  if (!isWellFormedJoinCode(code)) return null;
  const classroom = await db.classroom.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      joinCodeExpiresAt: true,
      teacher: { select: { name: true } },
    },
  });
  if (!classroom || classroom.archivedAt) return null;
  return {
    id: classroom.id,
    name: classroom.name,
    teacherName: classroom.teacher.name,
    isExpired: classroom.joinCodeExpiresAt !== null && classroom.joinCodeExpiresAt <= now,
  };
}

/**
 * Joins a student to the class behind a code. The unique (class, student) index decides duplicates; a student
 * the teacher removed may rejoin with a current code (regenerating the code after a removal prevents that).
 */
export async function joinClassroom(
  db: Database,
  student: { id: string; role: string },
  rawCode: string,
  now = new Date(),
): Promise<JoinClassroomResult> {
  if (student.role !== "student") return { ok: false, reason: "teachersCannotJoin" };
  const lookUp = await lookUpJoinCode(db, student.id, rawCode, now);
  if (lookUp.status === "locked")
    return { ok: false, reason: "tooManyJoinAttempts", minutes: lookUp.minutes };
  if (lookUp.status === "unknown") return { ok: false, reason: "codeInvalid" };
  const { classroom } = lookUp;
  if (classroom.isExpired) return { ok: false, reason: "codeExpired" };
  try {
    await db.classMembership.create({ data: { classroomId: classroom.id, studentId: student.id } });
    return { ok: true, classroomId: classroom.id, name: classroom.name, status: "joined" };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const { count } = await db.classMembership.updateMany({
    where: { classroomId: classroom.id, studentId: student.id, removedAt: { not: null } },
    data: { removedAt: null, joinedAt: now },
  });
  return {
    ok: true,
    classroomId: classroom.id,
    name: classroom.name,
    status: count === 1 ? "joined" : "already-member",
  };
}
