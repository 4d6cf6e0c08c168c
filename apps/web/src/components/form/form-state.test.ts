import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoedList, echoedText, echoValues, fieldError, fieldErrorsOf, formError } from "./form-state";

function formData(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

describe("fieldErrorsOf", () => {
  const schema = z
    .object({
      title: z.string().min(1, "titleRequired").max(5, "titleTooLong"),
      questionCount: z.coerce.number().int("questionCountInvalid").max(50, "questionCountInvalid"),
      confirm: z.string(),
    })
    .refine((input) => input.confirm === "yes", { path: ["confirm"], message: "confirmMissing" });

  it("turns each issue into a message value under its field, with the bound the issue reports", () => {
    const parsed = schema.safeParse({ title: "長すぎるタイトル", questionCount: "99", confirm: "yes" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      title: [{ key: "titleTooLong", values: { maxLength: 5 } }],
      questionCount: [{ key: "questionCountInvalid", values: { max: 50 } }],
    });
  });

  it("adds the field's bounds to every message of that field, so a type error can still say the range", () => {
    const parsed = schema.safeParse({ title: "ok", questionCount: "1.5", confirm: "yes" });
    expect(fieldErrorsOf(parsed.error!, { questionCount: { min: 1, max: 50 } })).toEqual({
      questionCount: [{ key: "questionCountInvalid", values: { min: 1, max: 50 } }],
    });
  });

  it("keeps a message without values as a bare key and collects several issues of one field", () => {
    const parsed = z
      .object({ code: z.string().regex(/^a/, "codeInvalid").regex(/b$/, "codeInvalid") })
      .safeParse({ code: "x" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ code: [{ key: "codeInvalid" }, { key: "codeInvalid" }] });
  });

  it("files an object-level refinement under the field its path names", () => {
    const parsed = schema.safeParse({ title: "ok", questionCount: "5", confirm: "no" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ confirm: [{ key: "confirmMissing" }] });
  });
});

describe("message values", () => {
  it("carries a count as a value, never inside the key", () => {
    expect(fieldError("questionCount", "poolTooSmall", { count: 12 })).toEqual({
      fieldErrors: { questionCount: [{ key: "poolTooSmall", values: { count: 12 } }] },
    });
    expect(formError("tooManyAttempts", { minutes: 15 })).toEqual({
      formError: { key: "tooManyAttempts", values: { minutes: 15 } },
    });
    expect(formError("notTeacher")).toEqual({ formError: { key: "notTeacher" } });
  });
});

describe("echoValues", () => {
  it("echoes repeated fields as arrays and single ones as strings", () => {
    expect(echoValues(formData({ title: "地理", types: ["choice", "order"], tags: ["外交"] }))).toEqual({
      title: "地理",
      types: ["choice", "order"],
      tags: "外交",
    });
  });

  it("never echoes a password field or React's action fields", () => {
    expect(
      echoValues(formData({ email: "a@b.jp", password: "x", newPassword: "y", $ACTION_ID_1: "" })),
    ).toEqual({ email: "a@b.jp" });
  });

  it("reads an echo back as text or as a list", () => {
    const state = { values: { title: "地理", types: ["choice", "order"], tags: "外交" } };
    expect(echoedText(state, "title")).toBe("地理");
    expect(echoedText(state, "types")).toBe("choice");
    expect(echoedList(state, "types")).toEqual(["choice", "order"]);
    expect(echoedList(state, "tags")).toEqual(["外交"]);
    expect(echoedList(state, "kinds")).toEqual([]);
    expect(echoedList({}, "kinds")).toBeUndefined();
  });
});
