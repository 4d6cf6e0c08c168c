import "server-only";
import { type Database, isUniqueViolation } from "@jiji/db";
import { generateJoinCode } from "./join-code";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_CODE_VALIDITY_DAYS = 30;
const CODE_TRIES = 5;

export type CodeValidity = "7" | "30" | "none";

function expiryFor(validity: CodeValidity, now: Date): Date | null {
  return validity === "none" ? null : new Date(now.getTime() + Number(validity) * DAY_MS);
}

/** Retries on the (astronomically rare) collision: the unique index on joinCode, not a prior read, decides. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_TRIES) throw error;
    }
  }
}

export async function createClassroom(db: Database, teacherId: string, name: string, now = new Date()) {
  return withFreshCode((joinCode) =>
    db.classroom.create({
      data: {
        teacherId,
        name,
        joinCode,
        joinCodeExpiresAt: expiryFor(String(DEFAULT_CODE_VALIDITY_DAYS) as CodeValidity, now),
      },
      select: { id: true, joinCode: true },
    }),
  );
}

/** The teacher's classes, newest first, with active student counts; archived ones last. */
export async function listClassrooms(db: Database, teacherId: string) {
  const rows = await db.classroom.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      _count: { select: { memberships: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      joinCode: row.joinCode,
      joinCodeExpiresAt: row.joinCodeExpiresAt,
      isArchived: row.archivedAt !== null,
      studentCount: row._count.memberships,
      assignmentCount: row._count.assignments,
    }))
    .sort((a, b) => Number(a.isArchived) - Number(b.isArchived));
}

/** One class with its roster, only when this teacher owns it (another teacher's id looks missing). */
export async function findOwnedClassroom(db: Database, teacherId: string, classroomId: string) {
  const classroom = await db.classroom.findFirst({
    where: { id: classroomId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      createdAt: true,
      memberships: {
        where: { removedAt: null },
        orderBy: { joinedAt: "asc" },
        select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!classroom) return null;
  return {
    ...classroom,
    roster: classroom.memberships.map((membership) => ({
      ...membership.student,
      joinedAt: membership.joinedAt,
    })),
  };
}

// Each mutation below is one conditional statement: the `teacherId` in the filter is the ownership check.

export async function renameClassroom(db: Database, teacherId: string, classroomId: string, name: string) {
  const { count } = await db.classroom.updateMany({ where: { id: classroomId, teacherId }, data: { name } });
  return count === 1;
}

export async function archiveClassroom(
  db: Database,
  teacherId: string,
  classroomId: string,
  now = new Date(),
) {
  const { count } = await db.classroom.updateMany({
    where: { id: classroomId, teacherId, archivedAt: null },
    data: { archivedAt: now },
  });
  return count === 1;
}

export async function restoreClassroom(db: Database, teacherId: string, classroomId: string) {
  const { count } = await db.classroom.updateMany({
    where: { id: classroomId, teacherId },
    data: { archivedAt: null },
  });
  return count === 1;
}

/** A new code (and link): the old one stops working at once. */
export async function regenerateJoinCode(
  db: Database,
  teacherId: string,
  classroomId: string,
  validity: CodeValidity,
  now = new Date(),
): Promise<boolean> {
  const { count } = await withFreshCode((joinCode) =>
    db.classroom.updateMany({
      where: { id: classroomId, teacherId },
      data: { joinCode, joinCodeExpiresAt: expiryFor(validity, now) },
    }),
  );
  return count === 1;
}

/** Marks the membership removed (history and past attempts stay for the reports). */
export async function removeStudent(
  db: Database,
  teacherId: string,
  classroomId: string,
  studentId: string,
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.classMembership.updateMany({
    where: { classroomId, studentId, removedAt: null, classroom: { teacherId } },
    data: { removedAt: now },
  });
  return count === 1;
}
