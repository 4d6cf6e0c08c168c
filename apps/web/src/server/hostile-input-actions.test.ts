// Hostile values sent through the real server actions and teacher CSV routes against a real database: refused
// input stores nothing, SQL-looking free text is stored as plain text, and no table is touched by it.
import "@/test/action-mocks";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as questionsCsv } from "@/app/api/teacher/assignments/[assignmentId]/questions/route";
import { GET as studentsCsv } from "@/app/api/teacher/assignments/[assignmentId]/students/route";
import type { FormState } from "@/components/form/form-state";
import { actionState, form, outcomeOf, useActionDatabase } from "@/test/action-mocks";
import { asSessionUser, makeUser, useTestDatabase } from "@/test/fixtures";
import { HOSTILE_NUMBER_TEXTS, OVERSIZED, SQL_LIKE, shortLabel } from "@/test/hostile-values";
import type { SessionUser } from "./account-schemas";
import { signInAction, signUpAction } from "./actions/accounts";
import { startQuizAction } from "./actions/quiz";
import { practiseFactAction, updateTimeZoneAction } from "./progress/actions";
import { retryMistakesAction } from "./review/actions";
import {
  archiveClassroomAction,
  assignQuizSetAction,
  createClassroomAction,
  createQuizSetAction,
  joinClassroomAction,
  regenerateJoinCodeAction,
  removeStudentAction,
  renameClassroomAction,
  startAssignmentAction,
} from "./teacher/actions";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const run = (action: Action, values: Record<string, string | string[]>) =>
  outcomeOf(() => action({}, form(values)));

const ARTICLE = "russia-north-korea-partnership";

describe.each(testProviders())("hostile input through the server actions on %s", (provider) => {
  let db: Database;
  let teacher: SessionUser;
  let student: SessionUser;
  let classroomId: string;
  let quizSetId: string;

  /** Row counts of every table: refused input must leave all of them as they were. */
  async function tableCounts() {
    return {
      users: await db.user.count(),
      attempts: await db.attempt.count(),
      responses: await db.response.count(),
      reviewCards: await db.reviewCard.count(),
      reviewLogs: await db.reviewLog.count(),
      classrooms: await db.classroom.count(),
      memberships: await db.classMembership.count(),
      quizSets: await db.quizSet.count(),
      assignments: await db.assignment.count(),
      rateLimits: await db.rateLimit.count(),
    };
  }

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  useActionDatabase(() => db);
  beforeAll(async () => {
    teacher = asSessionUser(await makeUser(db, "teacher"));
    student = asSessionUser(await makeUser(db, "student"));
    classroomId = (
      await db.classroom.create({ data: { teacherId: teacher.id, name: "1年A組", joinCode: "ABCD2345" } })
    ).id;
    quizSetId = (
      await db.quizSet.create({
        data: {
          teacherId: teacher.id,
          title: "条約",
          filters: JSON.stringify({
            articleSlugs: [ARTICLE],
            sections: [],
            tags: [],
            kinds: [],
            types: ["cloze"],
          }),
          questionCount: 5,
          selection: "per-student",
          seed: "seed",
          feedbackPolicy: "end",
          attemptsAllowed: 1,
        },
      })
    ).id;
  });

  const logged = vi.fn();
  beforeEach(() => {
    for (const method of ["log", "info", "warn", "error"] as const)
      vi.spyOn(console, method).mockImplementation(logged);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    logged.mockClear();
  });

  const validQuizSet = {
    title: "条約の確認",
    articleSlugs: ARTICLE,
    types: ["cloze", "true-false"],
    questionCount: "5",
    selection: "fixed",
    feedbackPolicy: "end",
    timeLimitMinutes: "",
    attemptsAllowed: "1",
  };
  const NOT_AN_ID = [...SQL_LIKE, OVERSIZED, ""];

  type Sweep = [
    name: string,
    action: Action,
    as: "teacher" | "student" | "anyone",
    valid: Record<string, string | string[]>,
    field: string,
  ];
  const sweeps: [Sweep, (string | string[])[]][] = [
    [
      ["sign up", signUpAction, "anyone", { name: "花子", password: "password-123" }, "email"],
      [...SQL_LIKE, OVERSIZED],
    ],
    [
      ["sign up", signUpAction, "anyone", { email: "new@test.example", password: "password-123" }, "name"],
      [OVERSIZED],
    ],
    [
      ["sign in", signInAction, "anyone", { password: "password-123" }, "email"],
      [...SQL_LIKE, OVERSIZED],
    ],
    [
      [
        "start a quiz",
        startQuizAction,
        "student",
        { articleSlug: ARTICLE, types: "cloze", mode: "practice" },
        "count",
      ],
      [...HOSTILE_NUMBER_TEXTS, ...SQL_LIKE],
    ],
    [
      [
        "start a quiz",
        startQuizAction,
        "student",
        { count: "5", types: "cloze", mode: "test" },
        "articleSlug",
      ],
      NOT_AN_ID,
    ],
    [
      [
        "start a quiz",
        startQuizAction,
        "student",
        { articleSlug: ARTICLE, count: "5", types: "cloze" },
        "mode",
      ],
      SQL_LIKE,
    ],
    [
      ["retry mistakes", retryMistakesAction, "student", {}, "article"],
      [...SQL_LIKE, OVERSIZED],
    ],
    [["retry mistakes", retryMistakesAction, "student", {}, "type"], SQL_LIKE],
    [
      ["time zone", updateTimeZoneAction, "student", {}, "timeZone"],
      [...SQL_LIKE, OVERSIZED],
    ],
    [
      ["join a class", joinClassroomAction, "student", {}, "code"],
      [...SQL_LIKE, OVERSIZED],
    ],
    [["take an assignment", startAssignmentAction, "student", {}, "assignmentId"], NOT_AN_ID],
    [
      ["create a class", createClassroomAction, "teacher", {}, "name"],
      [OVERSIZED, " "],
    ],
    [["rename a class", renameClassroomAction, "teacher", { name: "2年B組" }, "classroomId"], NOT_AN_ID],
    [["archive a class", archiveClassroomAction, "teacher", {}, "classroomId"], NOT_AN_ID],
    [
      ["new join code", regenerateJoinCodeAction, "teacher", {}, "validity"],
      ["365", ...SQL_LIKE],
    ],
    [["remove a student", removeStudentAction, "teacher", {}, "studentId"], NOT_AN_ID],
    ...(["questionCount", "attemptsAllowed", "timeLimitMinutes"] as const).map((field): [Sweep, string[]] => [
      ["build a quiz set", createQuizSetAction, "teacher", validQuizSet, field],
      [...HOSTILE_NUMBER_TEXTS.filter((text) => text !== "" || field !== "timeLimitMinutes"), ...SQL_LIKE],
    ]),
    ...(["articleSlugs", "sections", "tags", "kinds", "types", "selection", "feedbackPolicy"] as const).map(
      (field): [Sweep, string[]] => [
        ["build a quiz set", createQuizSetAction, "teacher", validQuizSet, field],
        SQL_LIKE,
      ],
    ),
    ...(["opensAt", "dueAt"] as const).map((field): [Sweep, string[]] => [
      [
        "assign",
        assignQuizSetAction,
        "teacher",
        { opensAt: "2026-04-01T09:00", dueAt: "2026-04-08T09:00" },
        field,
      ],
      ["0001-01-01T00:00", "9999-12-31T23:59", "2026-02-30T09:00", "", ...SQL_LIKE, OVERSIZED],
    ]),
  ];
  const cases = sweeps.flatMap(([[name, action, as, valid, field], values]) =>
    values.map((value) => ({ name, action, as, valid, field, value, shown: shortLabel(value) })),
  );

  it.each(cases)("$name refuses $field=$shown: nothing stored, nothing logged", async (hostile) => {
    const { action, as, valid, field, value } = hostile;
    actionState.user = as === "teacher" ? teacher : as === "student" ? student : null;
    const values = { classroomId, quizSetId, studentId: student.id, ...valid, [field]: value };
    const before = await tableCounts();
    const outcome = await run(action, values);
    expect(outcome.state?.fieldErrors?.[field] ?? outcome.state?.formError).toBeTruthy();
    // A join code that leads nowhere counts against the student who tried it: the one row it may write.
    if (action === joinClassroomAction)
      await db.rateLimit.deleteMany({ where: { key: `join:student:${student.id}` } });
    expect(await tableCounts()).toEqual(before);
    expect(logged).not.toHaveBeenCalled();
  });

  it.each(SQL_LIKE)("practise-this-fact refuses %j and stores nothing", async (text) => {
    actionState.user = student;
    const before = await tableCounts();
    for (const values of [
      { articleSlug: text, factId: "x" },
      { articleSlug: ARTICLE, factId: text },
    ]) {
      const outcome = await outcomeOf(async () => {
        await practiseFactAction(form(values));
        return undefined;
      });
      expect(outcome.redirectedTo).toBe("/progress");
    }
    expect(await tableCounts()).toEqual(before);
  });

  it.each(SQL_LIKE)(
    "stores the class name, quiz-set title and account name %j as plain text",
    async (text) => {
      actionState.user = teacher;
      const created = await run(createClassroomAction, { name: text });
      const id = created.redirectedTo!.replace("/teacher/classes/", "");
      expect((await db.classroom.findUniqueOrThrow({ where: { id } })).name).toBe(text);
      await run(renameClassroomAction, { classroomId: id, name: `${text} 2` });
      expect((await db.classroom.findUniqueOrThrow({ where: { id } })).name).toBe(`${text} 2`);

      const set = await run(createQuizSetAction, { ...validQuizSet, title: text });
      const setId = set.redirectedTo!.replace("/teacher/quiz-sets/", "");
      expect((await db.quizSet.findUniqueOrThrow({ where: { id: setId } })).title).toBe(text);

      actionState.user = null;
      const email = `robert-${SQL_LIKE.indexOf(text)}@test.example`;
      await run(signUpAction, { name: text, email, password: "password-123" });
      expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe(text);

      // Every table is still there and still holds the rows made before.
      expect(await db.user.findUnique({ where: { id: teacher.id } })).not.toBeNull();
      expect(await db.classroom.findUnique({ where: { id: classroomId } })).not.toBeNull();
      expect((await tableCounts()).responses).toBe(0);
    },
  );

  it.each([...SQL_LIKE, OVERSIZED, "../../etc/passwd"].map((id) => [shortLabel(id), id]))(
    "the CSV routes answer 404 for the assignment id %s and ignore the query string",
    async (_label, assignmentId) => {
      actionState.user = teacher;
      for (const route of [questionsCsv, studentsCsv]) {
        const request = new Request(
          `http://localhost/api/teacher/assignments/x?locale=${encodeURIComponent(SQL_LIKE[0]!)}`,
        );
        const response = await route(request, { params: Promise.resolve({ assignmentId }) });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({
          error: { code: "assignment-not-found", message: "assignmentNotFound" },
        });
      }
    },
  );
});
