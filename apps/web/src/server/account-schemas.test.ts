import { describe, expect, it } from "vitest";
import { callbackPathSchema, signInSchema, signUpSchema } from "./account-schemas";

describe("signUpSchema", () => {
  const valid = { name: "佐藤 花子", email: "hanako@example.com", password: "12345678" };

  it("accepts passwords of 8 to 128 characters", () => {
    expect(signUpSchema.safeParse(valid).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, password: "p".repeat(128) }).success).toBe(true);
  });

  it.each([
    ["password", "1234567", "passwordTooShort"],
    ["password", "p".repeat(129), "passwordTooLong"],
    ["email", "not-an-email", "emailInvalid"],
    ["email", "   ", "emailRequired"],
    ["name", "  ", "nameRequired"],
    ["name", "名".repeat(51), "nameTooLong"],
  ])("rejects %s=%j with the message key %s", (field, value, key) => {
    const result = signUpSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toContainEqual([field, key]);
  });

  it("trims the name and email", () => {
    expect(signUpSchema.parse({ ...valid, name: " 花子 ", email: " hanako@example.com " })).toMatchObject({
      name: "花子",
      email: "hanako@example.com",
    });
  });
});

describe("signInSchema", () => {
  it("does not reveal the length rule for existing passwords", () => {
    expect(signInSchema.safeParse({ email: "a@example.com", password: "short" }).success).toBe(true);
  });
});

describe("callbackPathSchema", () => {
  it.each([
    ["/account", "/account"],
    ["/quiz/1?mode=test", "/quiz/1?mode=test"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    // Browsers drop tabs and newlines from URLs, so these are "//evil.invalid": another site.
    ["/\t/evil.invalid", "/"],
    ["/\n/evil.invalid", "/"],
    ["/\r\n/evil.invalid", "/"],
    ["/x\u0000/", "/"],
    ["/quiz\\..\\..", "/"],
    ["/%2F%2Fevil.invalid", "/%2F%2Fevil.invalid"],
  ])("maps %j to %j", (input, expected) => {
    expect(callbackPathSchema.parse(input)).toBe(expected);
  });
});
