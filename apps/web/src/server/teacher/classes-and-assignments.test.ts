import { findQuestion } from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { SCHOOL_TIME_ZONE } from "@/lib/time-zone";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { isPastDeadline, isResultsRevealed } from "../quiz/attempt-rules";
import { submitAnswer } from "../quiz/submit-answer";
import { assignQuizSet, listAssignmentsForStudent } from "./assignments";
import {
  archiveClassroom,
  createClassroom,
  findOwnedClassroom,
  regenerateJoinCode,
  removeStudent,
} from "./classrooms";
import { joinClassroom } from "./join-classroom";
import { generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";
import { createQuizSet, deleteQuizSet, findOwnedQuizSet, renameQuizSet } from "./quiz-sets";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import {
  assignQuizSetSchema,
  type CreateQuizSetInput,
  createQuizSetSchema,
  renameQuizSetSchema,
} from "./teacher-schemas";

const ARTICLE = "russia-north-korea-partnership";
const HOUR = 60 * 60 * 1000;

const baseSet: CreateQuizSetInput = {
  title: "条約の確認",
  articleSlugs: [ARTICLE],
  sections: [],
  tags: [],
  kinds: [],
  types: ["single-choice", "true-false"],
  questionCount: 4,
  selection: "fixed",
  feedbackPolicy: "end",
  timeLimitMinutes: undefined,
  attemptsAllowed: 1,
};

describe("join codes", () => {
  it("are 8 characters from an alphabet without 0, O, 1 or I", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OI]/);
  });
  it("accept lower case, full-width letters, spaces and hyphens as typed", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ＡＢＣＤ２３４５")).toBe("ABCD2345");
  });
});

describe.each(testProviders())("classes, quiz sets and assignments on %s", (provider) => {
  let db: Database;
  let teacher: Awaited<ReturnType<typeof makeUser>>;
  let student: Awaited<ReturnType<typeof makeUser>>;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    teacher = await makeUser(db, "teacher", "田中先生");
    student = await makeUser(db, "student", "花子");
  });

  async function classWithStudent(...students: { id: string; role: string }[]) {
    const created = await createClassroom(db, teacher.id, "3年A組");
    for (const member of students) expect((await joinClassroom(db, member, created.joinCode)).ok).toBe(true);
    return created;
  }

  async function assigned(
    set: Partial<CreateQuizSetInput>,
    window: { opensAt: Date; dueAt: Date },
    ...members: { id: string; role: string }[]
  ) {
    const classroom = await classWithStudent(...members);
    const created = await createQuizSet(db, teacher.id, { ...baseSet, ...set });
    if (!created.ok) throw new Error(created.reason);
    const assignment = await assignQuizSet(db, teacher.id, {
      quizSetId: created.quizSetId,
      classroomId: classroom.id,
      ...window,
    });
    if (!assignment.ok) throw new Error(assignment.reason);
    return { classroomId: classroom.id, quizSetId: created.quizSetId, assignmentId: assignment.assignmentId };
  }

  const openNow = () => ({ opensAt: new Date(Date.now() - HOUR), dueAt: new Date(Date.now() + 24 * HOUR) });

  it("a student joins with the code as typed and appears on the roster", async () => {
    const classroom = await createClassroom(db, teacher.id, "2年B組");
    const joined = await joinClassroom(db, student, classroom.joinCode.toLowerCase());
    expect(joined).toMatchObject({ ok: true, status: "joined" });
    expect(await joinClassroom(db, student, classroom.joinCode)).toMatchObject({
      ok: true,
      status: "already-member",
    });
    const owned = await findOwnedClassroom(db, teacher.id, classroom.id);
    expect(owned?.roster.map((row) => row.id)).toEqual([student.id]);
  });

  it("a wrong, expired, archived or replaced code is refused and stores nothing", async () => {
    const other = await makeUser(db, "student");
    const classroom = await createClassroom(db, teacher.id, "期限切れ");
    expect(await joinClassroom(db, other, "ZZZZZZZZ")).toEqual({ ok: false, reason: "codeInvalid" });
    expect(await joinClassroom(db, other, "short")).toEqual({ ok: false, reason: "codeInvalid" });
    const later = new Date(Date.now() + 31 * 24 * HOUR);
    expect(await joinClassroom(db, other, classroom.joinCode, later)).toEqual({
      ok: false,
      reason: "codeExpired",
    });
    const oldCode = classroom.joinCode;
    await regenerateJoinCode(db, teacher.id, classroom.id, "none");
    expect(await joinClassroom(db, other, oldCode)).toEqual({ ok: false, reason: "codeInvalid" });
    const fresh = (await findOwnedClassroom(db, teacher.id, classroom.id))!;
    expect(fresh.joinCodeExpiresAt).toBeNull();
    await archiveClassroom(db, teacher.id, classroom.id);
    expect(await joinClassroom(db, other, fresh.joinCode)).toEqual({ ok: false, reason: "codeInvalid" });
    expect(await db.classMembership.count({ where: { studentId: other.id } })).toBe(0);
  });

  it("ten codes that lead nowhere lock a student out of trying codes for a while, even the right one", async () => {
    const guesser = await makeUser(db, "student");
    const classroom = await createClassroom(db, teacher.id, "推測");
    for (let guess = 0; guess < 10; guess++)
      expect(await joinClassroom(db, guesser, `ZZZZZZ${guess}${guess}`)).toEqual({
        ok: false,
        reason: "codeInvalid",
      });
    expect(await joinClassroom(db, guesser, classroom.joinCode)).toEqual({
      ok: false,
      reason: "tooManyJoinAttempts",
      minutes: 15,
    });
    expect(await db.classMembership.count({ where: { studentId: guesser.id } })).toBe(0);
    // Another student with the right code is not held up by this one's guesses.
    expect(await joinClassroom(db, await makeUser(db, "student"), classroom.joinCode)).toMatchObject({
      ok: true,
    });
  });

  it("a teacher cannot join a class as a student", async () => {
    const classroom = await createClassroom(db, teacher.id, "先生");
    expect(await joinClassroom(db, teacher, classroom.joinCode)).toEqual({
      ok: false,
      reason: "teachersCannotJoin",
    });
  });

  it("a set whose filters match no question, or fewer than asked, is refused and not stored", async () => {
    const before = await db.quizSet.count();
    expect(await createQuizSet(db, teacher.id, { ...baseSet, tags: ["no-such-tag"] })).toEqual({
      ok: false,
      reason: "noQuestions",
    });
    const tooMany = await createQuizSet(db, teacher.id, {
      ...baseSet,
      types: ["true-false"],
      questionCount: 500,
    });
    expect(tooMany).toMatchObject({ ok: false, reason: "poolTooSmall" });
    expect(await db.quizSet.count()).toBe(before);
    const parsed = createQuizSetSchema.safeParse({
      title: "x",
      articleSlugs: ARTICLE,
      types: "cloze",
      questionCount: "0",
      selection: "fixed",
      feedbackPolicy: "end",
      attemptsAllowed: "1",
    });
    expect(parsed.success).toBe(false);
  });

  it("a fixed set stores its questions; filters by kind and tag are honoured", async () => {
    const created = await createQuizSet(db, teacher.id, { ...baseSet, tags: ["treaty"], questionCount: 3 });
    if (!created.ok) throw new Error(created.reason);
    const set = (await findOwnedQuizSet(db, teacher.id, created.quizSetId))!;
    expect(set.fixedQuestionIds).toHaveLength(3);
    for (const id of set.fixedQuestionIds!)
      expect(["single-choice", "true-false"]).toContain(findQuestion(id)?.type);
  });

  it("a set is renamed to the trimmed title; an empty or too long title is refused", async () => {
    const created = await createQuizSet(db, teacher.id, baseSet);
    if (!created.ok) throw new Error(created.reason);
    const input = renameQuizSetSchema.parse({ quizSetId: created.quizSetId, title: "  条約の復習  " });
    expect(await renameQuizSet(db, teacher.id, input.quizSetId, input.title)).toBe(true);
    expect((await findOwnedQuizSet(db, teacher.id, created.quizSetId))?.title).toBe("条約の復習");
    const refused = (title: string) =>
      renameQuizSetSchema.safeParse({ quizSetId: created.quizSetId, title }).error?.issues[0]?.message;
    expect(refused("   ")).toBe("titleRequired");
    expect(refused("あ".repeat(101))).toBe("titleTooLong");
  });

  it("a set that was never assigned is deleted; deleting it again reads as not found", async () => {
    const created = await createQuizSet(db, teacher.id, baseSet);
    if (!created.ok) throw new Error(created.reason);
    expect(await deleteQuizSet(db, teacher.id, created.quizSetId)).toEqual({ ok: true });
    expect(await db.quizSet.count({ where: { id: created.quizSetId } })).toBe(0);
    expect(await deleteQuizSet(db, teacher.id, created.quizSetId)).toEqual({
      ok: false,
      reason: "quizSetNotFound",
    });
  });

  it("an assigned set is not deleted: the set, its assignment and the students' attempts stay", async () => {
    const taker = await makeUser(db, "student");
    const { quizSetId, assignmentId } = await assigned({}, openNow(), taker);
    const started = await startAssignmentAttempt(db, taker.id, assignmentId);
    if (!started.ok) throw new Error(started.reason);
    expect(await deleteQuizSet(db, teacher.id, quizSetId)).toEqual({ ok: false, reason: "quizSetAssigned" });
    expect(await findOwnedQuizSet(db, teacher.id, quizSetId)).not.toBeNull();
    expect(await db.assignment.count({ where: { id: assignmentId } })).toBe(1);
    expect(await db.attempt.count({ where: { id: started.attemptId } })).toBe(1);
  });

  it("an assignment due before it opens is refused by the schema and by the server, and not stored", async () => {
    const classroom = await createClassroom(db, teacher.id, "日付");
    const created = await createQuizSet(db, teacher.id, baseSet);
    if (!created.ok) throw new Error(created.reason);
    const parsed = assignQuizSetSchema(SCHOOL_TIME_ZONE).safeParse({
      quizSetId: created.quizSetId,
      classroomId: classroom.id,
      opensAt: "2026-05-02T09:00",
      dueAt: "2026-05-01T09:00",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["dueAt"], message: "dueBeforeOpen" });
    const result = await assignQuizSet(db, teacher.id, {
      quizSetId: created.quizSetId,
      classroomId: classroom.id,
      opensAt: new Date("2026-05-02"),
      dueAt: new Date("2026-05-01"),
    });
    expect(result).toEqual({ ok: false, reason: "dueBeforeOpen" });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });

  it("datetime-local input is read on the clocks of the teacher's zone: Tokyo by default, New York when chosen", () => {
    const input = {
      quizSetId: "a1",
      classroomId: "b2",
      opensAt: "2026-05-01T09:00",
      dueAt: "2026-05-02T09:00",
    };
    expect(assignQuizSetSchema(SCHOOL_TIME_ZONE).parse(input).opensAt.toISOString()).toBe(
      "2026-05-01T00:00:00.000Z",
    );
    // May is daylight time in New York: UTC−4.
    expect(assignQuizSetSchema("America/New_York").parse(input).dueAt.toISOString()).toBe(
      "2026-05-02T13:00:00.000Z",
    );
  });

  it("taking an assignment creates an attempt tied to it, with mode, deadline and reveal time from the set", async () => {
    const window = openNow();
    const { assignmentId } = await assigned(
      { feedbackPolicy: "after-due", timeLimitMinutes: 10 },
      window,
      student,
    );
    const now = new Date();
    const started = await startAssignmentAttempt(db, student.id, assignmentId, now);
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(attempt).toMatchObject({
      source: "assignment",
      assignmentId,
      articleSlug: null,
      mode: "test",
      questionCount: 4,
    });
    expect(attempt.deadlineAt?.getTime()).toBe(now.getTime() + 10 * 60 * 1000);
    expect(attempt.revealAt?.getTime()).toBe(window.dueAt.getTime());
    expect(isResultsRevealed(attempt, now)).toBe(false);
    expect(isPastDeadline(attempt, new Date(now.getTime() + 11 * 60 * 1000))).toBe(true);
    // Starting again resumes the same attempt instead of spending another.
    expect(await startAssignmentAttempt(db, student.id, assignmentId, now)).toEqual({
      ok: true,
      attemptId: started.attemptId,
      status: "resumed",
    });
  });

  it("the deadline is the due date when that comes before the time limit; 'each' feedback means practice mode", async () => {
    const window = { opensAt: new Date(Date.now() - HOUR), dueAt: new Date(Date.now() + 5 * 60 * 1000) };
    const { assignmentId } = await assigned(
      { feedbackPolicy: "each", timeLimitMinutes: 30 },
      window,
      student,
    );
    const started = await startAssignmentAttempt(db, student.id, assignmentId);
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(attempt.mode).toBe("practice");
    expect(attempt.deadlineAt?.getTime()).toBe(window.dueAt.getTime());
    expect(attempt.revealAt).toBeNull();
  });

  it("refuses to start before it opens, after it is due, and beyond the attempts allowed, storing nothing", async () => {
    const window = openNow();
    const { assignmentId } = await assigned({ attemptsAllowed: 1 }, window, student);
    expect(
      await startAssignmentAttempt(db, student.id, assignmentId, new Date(window.opensAt.getTime() - 1)),
    ).toEqual({ ok: false, reason: "notOpenYet", opensAt: window.opensAt });
    expect(await startAssignmentAttempt(db, student.id, assignmentId, window.dueAt)).toEqual({
      ok: false,
      reason: "pastDue",
      dueAt: window.dueAt,
    });
    const started = await startAssignmentAttempt(db, student.id, assignmentId);
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    for (const id of JSON.parse(attempt.questionIds) as string[]) {
      const outcome = await submitAnswer(
        db,
        {
          attemptId: attempt.id,
          userId: student.id,
          sessionVersion: 0,
          questionId: id,
          response: responseFor(findQuestion(id)!, true),
          timeTakenMs: 1000,
        },
        "ja",
      );
      expect(outcome.ok).toBe(true);
    }
    expect(await startAssignmentAttempt(db, student.id, assignmentId)).toEqual({
      ok: false,
      reason: "noAttemptsLeft",
      attemptsAllowed: 1,
    });
    expect(await db.attempt.count({ where: { assignmentId, userId: student.id } })).toBe(1);
    const listed = (await listAssignmentsForStudent(db, student.id)).find((row) => row.id === assignmentId);
    expect(listed).toMatchObject({ status: "done", attemptsUsed: 1 });
  });

  it("concurrent starts never exceed the attempts allowed", async () => {
    // Several rounds: a race that a lucky schedule hides once shows in one of them.
    for (let round = 0; round < 5; round++) {
      const racer = await makeUser(db, "student");
      const { assignmentId } = await assigned({ attemptsAllowed: 1 }, openNow(), racer);
      // Clocks a little apart, later callers earlier (two servers): start order and start time disagree.
      const base = Date.now();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          startAssignmentAttempt(db, racer.id, assignmentId, new Date(base - i * 1000)),
        ),
      );
      expect(await db.attempt.count({ where: { assignmentId, userId: racer.id } })).toBe(1);
      // Every racer is sent to the one attempt: the first started it, the others resume it.
      const ids = new Set(results.map((result) => (result.ok ? result.attemptId : result.reason)));
      expect(ids.size).toBe(1);
    }
  });

  it("per-student sets draw different but stable questions for each student", async () => {
    const a = await makeUser(db, "student");
    const b = await makeUser(db, "student");
    const { assignmentId } = await assigned(
      { selection: "per-student", types: ["true-false"], questionCount: 6, attemptsAllowed: 2 },
      openNow(),
      a,
      b,
    );
    const questionsOf = async (userId: string) => {
      const started = await startAssignmentAttempt(db, userId, assignmentId);
      if (!started.ok) throw new Error(started.reason);
      return (await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).questionIds;
    };
    const first = await questionsOf(a.id);
    expect(await questionsOf(b.id)).not.toEqual(first);
    expect(await questionsOf(a.id)).toEqual(first);
  });

  it("lists a student's assignments as upcoming, to do, late and done; removal hides them", async () => {
    const s = await makeUser(db, "student");
    const now = Date.now();
    const upcoming = await assigned(
      {},
      { opensAt: new Date(now + HOUR), dueAt: new Date(now + 2 * HOUR) },
      s,
    );
    const todo = await assigned({}, openNow(), s);
    const late = await assigned({}, { opensAt: new Date(now - 2 * HOUR), dueAt: new Date(now - HOUR) }, s);
    const statuses = Object.fromEntries(
      (await listAssignmentsForStudent(db, s.id)).map((row) => [row.id, row.status]),
    );
    expect(statuses).toEqual({
      [upcoming.assignmentId]: "upcoming",
      [todo.assignmentId]: "todo",
      [late.assignmentId]: "late",
    });
    expect(await removeStudent(db, teacher.id, todo.classroomId, s.id)).toBe(true);
    const after = await listAssignmentsForStudent(db, s.id);
    expect(after.map((row) => row.id)).not.toContain(todo.assignmentId);
    expect(await startAssignmentAttempt(db, s.id, todo.assignmentId)).toEqual({
      ok: false,
      reason: "assignmentNotFound",
    });
  });
});
