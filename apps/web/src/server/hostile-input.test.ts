// Every zod schema behind a server action or route, fed hostile values: each is refused with a message key the
// form can show (or, for free text, kept verbatim: the integration test proves it is stored as plain text).

import { LOCALES } from "@jiji/content";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { SCHOOL_TIME_ZONE } from "@/lib/time-zone";
import { HOSTILE_NUMBER_TEXTS, OVERSIZED, SQL_LIKE, shortLabel } from "@/test/hostile-values";
import { messagesOf } from "@/test/message-files";
import { callbackPathSchema, signInSchema, signUpSchema } from "./account-schemas";
import { setLocaleAction } from "./actions/locale";
import { acceptTermFormSchema, readingFormSchema } from "./editor/reading-schemas";
import { practiseFactSchema } from "./progress/practise-fact";
import { timeZoneSchema } from "./progress/time-zone-setting";
import { attemptIdSchema, startQuizSchema, submitAnswerBodySchema } from "./quiz/quiz-schemas";
import { mistakeFilterSchema } from "./review/review-schemas";
import {
  assignmentIdSchema,
  assignQuizSetSchema,
  createClassroomSchema,
  createQuizSetSchema,
  joinClassroomSchema,
  quizSetIdSchema,
  regenerateJoinCodeSchema,
  removeStudentSchema,
  renameClassroomSchema,
  renameQuizSetSchema,
} from "./teacher/teacher-schemas";

const setCookie = vi.fn();
vi.mock("next/headers", () => ({ cookies: async () => ({ set: setCookie }) }));

const MESSAGES = LOCALES.map(messagesOf);

function hasMessage(namespace: string, key: string): boolean {
  return MESSAGES.every((messages) => {
    const node = [...namespace.split("."), key].reduce<unknown>(
      (parent, part) => (parent as Record<string, unknown> | undefined)?.[part],
      messages,
    );
    return typeof node === "string";
  });
}

type Case = [field: string, label: string, value: unknown];
const each = (field: string, values: unknown[]): Case[] =>
  values.map((value) => [field, shortLabel(value), value]);

/** The schema refuses the field, and (when the form shows the key) every message is a key in both languages. */
function expectRefused(schema: z.ZodType, valid: object, [field, name, value]: Case, namespace?: string) {
  const result = schema.safeParse({ ...valid, [field]: value });
  expect(result.success, `${field}=${name} was accepted`).toBe(false);
  const messages = result
    .error!.issues.filter((issue) => issue.path[0] === field)
    .map((issue) => issue.message);
  expect(messages.length).toBeGreaterThan(0);
  if (namespace)
    for (const key of messages) expect(hasMessage(namespace, key), `${namespace}.${key}`).toBe(true);
}

function expectVerbatim(schema: z.ZodType, valid: object, field: string, value: string) {
  const result = schema.safeParse({ ...valid, [field]: value });
  expect(result.success).toBe(true);
  expect((result.data as Record<string, unknown>)[field]).toBe(value);
}

describe("account schemas (auth.errors)", () => {
  const signUp = { name: "佐藤 花子", email: "hanako@example.com", password: "12345678" };
  it.each([
    ...each("email", [...SQL_LIKE, OVERSIZED]),
    ...each("name", [OVERSIZED, "   "]),
    ...each("password", [OVERSIZED, "short"]),
  ])("sign-up refuses %s=%s", (...hostile) => {
    expectRefused(signUpSchema, signUp, hostile, "auth.errors");
  });

  it.each(SQL_LIKE)("sign-up keeps the name %j verbatim, and accepts it as a password", (text) => {
    expectVerbatim(signUpSchema, signUp, "name", text);
    expectVerbatim(signUpSchema, signUp, "password", text);
  });

  it.each([...each("email", [...SQL_LIKE, OVERSIZED]), ...each("password", [OVERSIZED, ""])])(
    "sign-in refuses %s=%s",
    (...hostile) => {
      expectRefused(signInSchema, { email: "hanako@example.com", password: "x" }, hostile, "auth.errors");
    },
  );

  it.each(each("callbackUrl", [...SQL_LIKE, OVERSIZED, "//evil.example"]))(
    "the sign-in redirect turns %s=%s into /",
    (_field, _label, value) => {
      expect(callbackPathSchema.parse(value)).toBe("/");
    },
  );
});

describe("the language switch", () => {
  beforeEach(() => setCookie.mockClear());

  it.each(each("locale", [...SQL_LIKE, OVERSIZED, "fr"]))("ignores %s=%s", async (_field, _label, locale) => {
    const form = new FormData();
    form.set("locale", locale as string);
    await setLocaleAction(form);
    expect(setCookie).not.toHaveBeenCalled();
  });
});

describe("quiz schemas", () => {
  const start = {
    articleSlug: "russia-north-korea-partnership",
    count: "10",
    types: ["cloze"],
    mode: "practice",
  };
  it.each([
    ...each("articleSlug", [...SQL_LIKE, OVERSIZED, ""]),
    ...each("count", [...HOSTILE_NUMBER_TEXTS, "7", ...SQL_LIKE, ["10", "20"]]),
    ...each("types", [[], ["essay"], [...SQL_LIKE]]),
    ...each("mode", ["exam", ...SQL_LIKE]),
  ])("start-quiz refuses %s=%s (article.errors)", (...hostile) => {
    expectRefused(startQuizSchema, start, hostile, "article.errors");
  });

  const answer = { questionId: "q-0123456789", response: { type: "cloze", text: "東京" }, timeTakenMs: 4000 };
  it.each([
    ...each("questionId", [...SQL_LIKE, OVERSIZED, ""]),
    ...each("timeTakenMs", [-1, 2.5, 1e12, Number.NaN, Number.POSITIVE_INFINITY, "4000", null]),
    ...each("response", [
      { type: "essay", text: "x" },
      { type: "cloze", text: OVERSIZED },
      { type: "numeric", value: OVERSIZED },
      { type: "true-false", value: "' OR 1=1 --" },
      { type: "ordering", itemIds: Array.from({ length: 51 }, (_, i) => `i${i}`) },
    ]),
  ])("the answer body refuses %s=%s (the route answers 400 invalid-response)", (...hostile) => {
    expectRefused(submitAnswerBodySchema, answer, hostile);
  });

  it("the answer body refuses fields it does not know, such as a self-graded isCorrect", () => {
    const result = submitAnswerBodySchema.safeParse({ ...answer, isCorrect: true });
    expect(result.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["isCorrect"] }]);
  });

  it.each(SQL_LIKE)("the answer body keeps the cloze text %j verbatim", (text) => {
    const parsed = submitAnswerBodySchema.parse({ ...answer, response: { type: "cloze", text } });
    expect(parsed.response).toEqual({ type: "cloze", text });
  });

  it.each(each("attemptId", [...SQL_LIKE, OVERSIZED, "../admin", ""]))(
    "the answer route refuses %s=%s (404)",
    (_field, _label, id) => {
      expect(attemptIdSchema.safeParse(id).success).toBe(false);
    },
  );
});

describe("review and progress schemas", () => {
  it.each([...each("article", [...SQL_LIKE, OVERSIZED]), ...each("type", ["essay", ...SQL_LIKE])])(
    "the mistakes filter refuses %s=%s",
    (...hostile) => {
      expectRefused(mistakeFilterSchema, {}, hostile);
    },
  );

  const fact = { articleSlug: "russia-north-korea-partnership", factId: "treaty-signed" };
  it.each([...each("articleSlug", [...SQL_LIKE, OVERSIZED]), ...each("factId", [...SQL_LIKE, OVERSIZED])])(
    "practise-this-fact refuses %s=%s",
    (...hostile) => {
      expectRefused(practiseFactSchema, fact, hostile);
    },
  );

  it.each(each("timeZone", [...SQL_LIKE, OVERSIZED, "Mars/Olympus_Mons", ""]))(
    "the time-zone setting refuses %s=%s",
    (...hostile) => {
      expectRefused(timeZoneSchema, {}, hostile);
    },
  );
});

describe("teacher schemas (teacher.errors)", () => {
  const NOT_AN_ID = [...SQL_LIKE, OVERSIZED, ""];
  it.each([
    [createClassroomSchema, {}, each("name", [OVERSIZED, "   "])],
    [renameClassroomSchema, { name: "1年A組" }, each("classroomId", NOT_AN_ID)],
    [regenerateJoinCodeSchema, { classroomId: "c1" }, each("validity", ["365", "-1", ...SQL_LIKE])],
    [regenerateJoinCodeSchema, { validity: "7" }, each("classroomId", NOT_AN_ID)],
    [removeStudentSchema, { classroomId: "c1" }, each("studentId", NOT_AN_ID)],
    [joinClassroomSchema, {}, each("code", [OVERSIZED, "  "])],
    [assignmentIdSchema, {}, each("assignmentId", NOT_AN_ID)],
    [renameQuizSetSchema, { title: "条約" }, each("quizSetId", NOT_AN_ID)],
    [renameQuizSetSchema, { quizSetId: "c1" }, each("title", [OVERSIZED, "  "])],
    [quizSetIdSchema, {}, each("quizSetId", NOT_AN_ID)],
  ] as const)("%# refuses every hostile value", (schema, valid, cases) => {
    for (const hostile of cases) expectRefused(schema, valid, hostile, "teacher.errors");
  });

  it.each(SQL_LIKE)("a class name %j is kept verbatim", (name) => {
    expectVerbatim(createClassroomSchema, {}, "name", name);
    expectVerbatim(renameClassroomSchema, { classroomId: "c1" }, "name", name);
    expectVerbatim(renameQuizSetSchema, { quizSetId: "c1" }, "title", name);
  });

  const quizSet = {
    title: "条約の確認",
    articleSlugs: "russia-north-korea-partnership",
    types: ["cloze", "true-false"],
    questionCount: "10",
    selection: "fixed",
    feedbackPolicy: "end",
    timeLimitMinutes: "",
    attemptsAllowed: "1",
  };
  it.each([
    ...each("title", [OVERSIZED, "  "]),
    ...each("articleSlugs", [...SQL_LIKE, OVERSIZED, Array.from({ length: 201 }, () => "a")]),
    ...each("sections", [...SQL_LIKE, OVERSIZED]),
    ...each("tags", [...SQL_LIKE, OVERSIZED]),
    ...each("kinds", ["opinion", ...SQL_LIKE]),
    ...each("types", ["essay", ...SQL_LIKE]),
    ...each("questionCount", [...HOSTILE_NUMBER_TEXTS, "51", ...SQL_LIKE]),
    ...each("timeLimitMinutes", [...HOSTILE_NUMBER_TEXTS.filter((text) => text !== ""), "601", ...SQL_LIKE]),
    ...each("attemptsAllowed", [...HOSTILE_NUMBER_TEXTS, "11", ...SQL_LIKE]),
    ...each("selection", ["random", ...SQL_LIKE]),
    ...each("feedbackPolicy", ["never", ...SQL_LIKE]),
  ])("the quiz-set builder refuses %s=%s", (...hostile) => {
    expectRefused(createQuizSetSchema, quizSet, hostile, "teacher.errors");
  });

  it.each(SQL_LIKE)("a quiz-set title %j is kept verbatim", (title) => {
    expectVerbatim(createQuizSetSchema, quizSet, "title", title);
  });

  const assignment = {
    quizSetId: "q1",
    classroomId: "c1",
    opensAt: "2026-04-01T09:00",
    dueAt: "2026-04-08T09:00",
  };
  const BAD_DATES = [
    "0001-01-01T00:00",
    "1970-01-01T09:00",
    "2100-01-01T00:00",
    "9999-12-31T23:59",
    "+275760-09-13T00:00",
    "2026-02-30T10:00",
    "2026-13-01T10:00",
    "2026-04-01T24:00",
    "2026-04-01",
    ...SQL_LIKE,
    OVERSIZED,
  ];
  it.each([
    ...each("opensAt", [...BAD_DATES, ""]),
    ...each("dueAt", [...BAD_DATES, ""]),
    ...each("quizSetId", NOT_AN_ID),
    ...each("classroomId", NOT_AN_ID),
  ])("assigning refuses %s=%s", (...hostile) => {
    expectRefused(assignQuizSetSchema(SCHOOL_TIME_ZONE), assignment, hostile, "teacher.errors");
  });

  it("reads a datetime-local value as Japan time, seconds optional", () => {
    const parsed = assignQuizSetSchema(SCHOOL_TIME_ZONE).parse({
      ...assignment,
      dueAt: "2026-04-08T09:00:30",
    });
    expect(parsed.opensAt.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(parsed.dueAt.toISOString()).toBe("2026-04-08T00:00:30.000Z");
  });
});

describe("editor reading and glossary schemas (editor.errors)", () => {
  const target = { slug: "skytree-readings", version: "3" };
  it.each([
    ...each("text", [OVERSIZED, "   "]),
    ...each("reading", [OVERSIZED, ...SQL_LIKE, "toujitsu", "当日"]),
    ...each("slug", [...SQL_LIKE, OVERSIZED]),
  ])("a reading correction refuses %s=%s", (...hostile) => {
    expectRefused(
      readingFormSchema,
      { ...target, text: "当日", reading: "そのひ" },
      hostile,
      "editor.errors",
    );
  });

  const term = {
    ...target,
    term: "着工",
    reading: "ちゃっこう",
    definitionJa: "工事を始めること",
    termType: "act",
  };
  it.each([
    ...each("term", [OVERSIZED, ""]),
    ...each("reading", [OVERSIZED, ...SQL_LIKE, ""]),
    ...each("definitionJa", [OVERSIZED, "  "]),
    ...each("definitionEn", [OVERSIZED]),
    ...each("termType", [...SQL_LIKE, "verb"]),
  ])("accepting a term refuses %s=%s", (...hostile) => {
    expectRefused(acceptTermFormSchema, term, hostile, "editor.errors");
  });
});
