import { LOCALES } from "@jiji/content";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatMessage } from "@/i18n/format-message";
import { PASSWORD_MAX, PASSWORD_MIN, signUpSchema } from "@/server/account-schemas";
import { createArticleFormSchema, MAX_BODY_LENGTH } from "@/server/editor/editor-schemas";
import { QUESTION_COUNTS, startQuizSchema } from "@/server/quiz/quiz-schemas";
import { createQuizSetSchema, MAX_SET_QUESTIONS } from "@/server/teacher/teacher-schemas";
import { type Messages, messageFile } from "@/test/message-files";
import { fieldErrorsOf } from "./form-state";
import { fieldLimits, inputLimits, limitsOf } from "./input-limits";

describe("inputLimits", () => {
  it("reads the quiz-set builder's bounds from the schema that enforces them", () => {
    const limits = inputLimits(createQuizSetSchema);
    expect(limits.questionCount).toEqual({ min: 1, max: MAX_SET_QUESTIONS });
    expect(limits.title).toEqual({ maxLength: 100 });
    expect(limits.timeLimitMinutes).toEqual({ min: 1, max: 600 });
    expect(limits.attemptsAllowed).toEqual({ min: 1, max: 10 });
    expect(limits.types).toEqual({});
  });

  it("reads lengths through trims, pipes and formats", () => {
    const limits = inputLimits(signUpSchema);
    expect(limits.password).toEqual({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });
    expect(limits.name).toEqual({ maxLength: 50 });
    expect(limits.email).toEqual({ maxLength: 254 });
  });

  it("reads an object schema behind a transform", () => {
    expect(inputLimits(createArticleFormSchema).slug).toEqual({ maxLength: 80 });
  });

  it("sees through optionals and defaults", () => {
    expect(limitsOf(z.string().max(3).default(""))).toEqual({ minLength: undefined, maxLength: 3 });
    expect(limitsOf(z.coerce.number().min(2).optional())).toEqual({ min: 2, max: undefined });
  });
});

describe("messages that name a bound", () => {
  // Each case: the schema, a value it refuses, the message file and namespace, and the bounds the text must say.
  const cases = [
    {
      name: "the quiz's question count",
      schema: startQuizSchema,
      input: { articleSlug: "a", count: "99", types: ["cloze"], mode: "test" },
      field: "count",
      feature: "",
      namespace: "article.errors",
      bounds: [Math.min(...QUESTION_COUNTS), Math.max(...QUESTION_COUNTS)],
    },
    {
      name: "an article's body",
      schema: createArticleFormSchema,
      input: { title: "t", slug: "a", body: "あ".repeat(MAX_BODY_LENGTH + 1) },
      field: "body",
      feature: "editor",
      namespace: "editor.errors",
      bounds: [MAX_BODY_LENGTH],
    },
  ];

  describe.each(LOCALES)("in %s", (locale) => {
    it.each(cases)("$name: the text says the schema's bounds and holds no number of its own", (entry) => {
      const parsed = entry.schema.safeParse(entry.input);
      expect(parsed.success).toBe(false);
      const [error] = fieldErrorsOf(parsed.error!, fieldLimits(entry.schema))[entry.field] ?? [];
      const template = entry.namespace
        .split(".")
        .concat(error!.key)
        .reduce<Messages | string>(
          (node, part) => (node as Messages)[part]!,
          messageFile(entry.feature, locale),
        );
      expect(template).not.toMatch(/[0-9０-９万]/);
      const text = formatMessage(template as string, error!.values ?? {}, locale);
      for (const bound of entry.bounds) expect(text).toContain(new Intl.NumberFormat(locale).format(bound));
    });
  });
});
