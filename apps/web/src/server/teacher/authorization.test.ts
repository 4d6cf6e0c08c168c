import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { hasTeacherRole, isPromotedSinceSignIn } from "../auth/roles";
import { readStoredAccount } from "../auth/session-version";
import { findOwnedAttempt } from "../quiz/attempts";
import {
  assignQuizSet,
  listAssignmentsForClassroom,
  listAssignmentsForQuizSet,
  listAssignmentsForStudent,
} from "./assignments";
import {
  archiveClassroom,
  createClassroom,
  findOwnedClassroom,
  listClassrooms,
  regenerateJoinCode,
  removeStudent,
  renameClassroom,
} from "./classrooms";
import { joinClassroom } from "./join-classroom";
import { createQuizSet, deleteQuizSet, findOwnedQuizSet, listQuizSets, renameQuizSet } from "./quiz-sets";
import { loadAssignmentReport } from "./report";
import { startAssignmentAttempt } from "./start-assignment-attempt";

const HOUR = 60 * 60 * 1000;

// Each rule is attacked by someone who knows (or guessed) the other party's ids.
describe.each(testProviders())("authorisation on %s", (provider) => {
  let db: Database;
  let owner: { id: string; role: "teacher" | "student" };
  let intruder: { id: string; role: "teacher" | "student" };
  let member: { id: string; role: "teacher" | "student" };
  let outsider: { id: string; role: "teacher" | "student" };
  let classroom: { id: string; joinCode: string };
  let intruderClassroomId: string;
  let quizSetId: string;
  let unassignedQuizSetId: string;
  let intruderQuizSetId: string;
  let assignmentId: string;
  let memberAttemptId: string;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    owner = await makeUser(db, "teacher");
    intruder = await makeUser(db, "teacher");
    member = await makeUser(db, "student");
    outsider = await makeUser(db, "student");
    classroom = await createClassroom(db, owner.id, "本物のクラス");
    intruderClassroomId = (await createClassroom(db, intruder.id, "別のクラス")).id;
    await joinClassroom(db, member, classroom.joinCode);
    const input = {
      title: "秘密",
      articleSlugs: ["russia-north-korea-partnership"],
      sections: [],
      tags: [],
      kinds: [],
      types: ["true-false" as const],
      questionCount: 2,
      selection: "fixed" as const,
      feedbackPolicy: "end" as const,
      timeLimitMinutes: undefined,
      attemptsAllowed: 2,
    };
    const set = await createQuizSet(db, owner.id, input);
    const unassigned = await createQuizSet(db, owner.id, input);
    const other = await createQuizSet(db, intruder.id, input);
    if (!set.ok || !unassigned.ok || !other.ok) throw new Error("sets");
    quizSetId = set.quizSetId;
    unassignedQuizSetId = unassigned.quizSetId;
    intruderQuizSetId = other.quizSetId;
    const assignment = await assignQuizSet(db, owner.id, {
      quizSetId,
      classroomId: classroom.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + HOUR),
    });
    if (!assignment.ok) throw new Error(assignment.reason);
    assignmentId = assignment.assignmentId;
    const started = await startAssignmentAttempt(db, member.id, assignmentId);
    if (!started.ok) throw new Error(started.reason);
    memberAttemptId = started.attemptId;
  });

  it("another teacher cannot read a class, its roster or its assignments by id", async () => {
    expect(await findOwnedClassroom(db, intruder.id, classroom.id)).toBeNull();
    expect((await listClassrooms(db, intruder.id)).map((row) => row.id)).toEqual([intruderClassroomId]);
    expect(await listAssignmentsForClassroom(db, intruder.id, classroom.id)).toEqual([]);
    expect(await listAssignmentsForQuizSet(db, intruder.id, quizSetId)).toEqual([]);
  });

  it("another teacher cannot rename, archive, regenerate the code of, or remove students from a class", async () => {
    expect(await renameClassroom(db, intruder.id, classroom.id, "乗っ取り")).toBe(false);
    expect(await archiveClassroom(db, intruder.id, classroom.id)).toBe(false);
    expect(await regenerateJoinCode(db, intruder.id, classroom.id, "none")).toBe(false);
    expect(await removeStudent(db, intruder.id, classroom.id, member.id)).toBe(false);
    const unchanged = await db.classroom.findUniqueOrThrow({
      where: { id: classroom.id },
      include: { memberships: true },
    });
    expect(unchanged).toMatchObject({ name: "本物のクラス", archivedAt: null, joinCode: classroom.joinCode });
    expect(unchanged.memberships[0]?.removedAt).toBeNull();
  });

  it("another teacher cannot see or assign a quiz set, nor assign to a class, they do not own", async () => {
    expect(await findOwnedQuizSet(db, intruder.id, quizSetId)).toBeNull();
    expect((await listQuizSets(db, intruder.id)).map((set) => set.id)).toEqual([intruderQuizSetId]);
    const window = { opensAt: new Date(Date.now() - HOUR), dueAt: new Date(Date.now() + HOUR) };
    expect(
      await assignQuizSet(db, intruder.id, { quizSetId, classroomId: intruderClassroomId, ...window }),
    ).toEqual({ ok: false, reason: "quizSetNotFound" });
    expect(
      await assignQuizSet(db, intruder.id, {
        quizSetId: intruderQuizSetId,
        classroomId: classroom.id,
        ...window,
      }),
    ).toEqual({ ok: false, reason: "classroomNotFound" });
    expect(await db.assignment.count()).toBe(1);
  });

  it("another teacher cannot rename or delete a quiz set, and cannot tell an assigned one from a missing one", async () => {
    expect(await renameQuizSet(db, intruder.id, quizSetId, "乗っ取り")).toBe(false);
    for (const id of [quizSetId, unassignedQuizSetId])
      expect(await deleteQuizSet(db, intruder.id, id)).toEqual({ ok: false, reason: "quizSetNotFound" });
    const kept = await db.quizSet.findMany({ where: { teacherId: owner.id }, select: { title: true } });
    expect(kept).toEqual([{ title: "秘密" }, { title: "秘密" }]);
    expect(await db.assignment.count({ where: { quizSetId } })).toBe(1);
  });

  it("another teacher cannot read the report (attempts) of an assignment that is not theirs", async () => {
    expect(await loadAssignmentReport(db, intruder.id, assignmentId, "ja")).toBeNull();
    expect(await loadAssignmentReport(db, owner.id, assignmentId, "ja")).not.toBeNull();
  });

  it("a student outside the class cannot list or start its assignments", async () => {
    expect(await listAssignmentsForStudent(db, outsider.id)).toEqual([]);
    expect(await startAssignmentAttempt(db, outsider.id, assignmentId)).toEqual({
      ok: false,
      reason: "assignmentNotFound",
    });
    expect(await db.attempt.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("a student cannot open another student's assignment attempt", async () => {
    expect(await findOwnedAttempt(db, memberAttemptId, outsider.id)).toBeNull();
    expect(await findOwnedAttempt(db, memberAttemptId, member.id)).not.toBeNull();
  });

  const stored = async (user: { id: string }) => (await readStoredAccount(db, user.id))!;

  it("only an account that is a teacher in the database passes the teacher check", async () => {
    expect(hasTeacherRole(owner, await stored(owner))).toBe(true);
    expect(hasTeacherRole(member, await stored(member))).toBe(false);
    // A forged or stale session claiming "teacher" for a student account is refused.
    expect(hasTeacherRole({ role: "teacher" }, await stored(member))).toBe(false);
  });

  it("a student session of an account promoted since it signed in is told to sign in again", async () => {
    const promoted = await makeUser(db, "student");
    expect(isPromotedSinceSignIn(promoted, await stored(promoted))).toBe(false);
    await db.user.update({ where: { id: promoted.id }, data: { role: "teacher" } });
    expect(hasTeacherRole(promoted, await stored(promoted))).toBe(false);
    expect(isPromotedSinceSignIn(promoted, await stored(promoted))).toBe(true);
    expect(isPromotedSinceSignIn(owner, await stored(owner))).toBe(false);
  });
});
