import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, signUpSchema } from "@/server/account-schemas";
import { createArticleFormSchema } from "@/server/editor/editor-schemas";
import { createQuizSetSchema, MAX_SET_QUESTIONS } from "@/server/teacher/teacher-schemas";
import { inputLimits, limitsOf } from "./input-limits";

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
