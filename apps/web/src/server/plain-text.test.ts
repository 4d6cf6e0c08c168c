import { describe, expect, it } from "vitest";
import { signUpSchema } from "./account-schemas";
import { csvField } from "./teacher/csv";
import { createClassroomSchema, renameQuizSetSchema } from "./teacher/teacher-schemas";

const RLO = "\u202e";
const ZWSP = "\u200b";

describe("names people see", () => {
  it("lose bidi overrides, isolates and zero-width characters; a name of nothing else is empty", () => {
    const signUp = signUpSchema.safeParse({
      name: `${RLO}花子${ZWSP}\u2066gnp.exe\u2069`,
      email: "hanako@example.com",
      password: "correct horse 2026",
    });
    expect(signUp.data?.name).toBe("花子gnp.exe");
    expect(createClassroomSchema.safeParse({ name: ` \u200f3年A組\u200d ` }).data?.name).toBe("3年A組");
    expect(
      renameQuizSetSchema.safeParse({ quizSetId: "abc", title: `\ufeff${RLO}小テスト` }).data?.title,
    ).toBe("小テスト");
    expect(createClassroomSchema.safeParse({ name: `${ZWSP}${RLO}` }).error?.issues[0]?.message).toBe(
      "nameRequired",
    );
  });
});

describe("csvField", () => {
  it.each([
    '=HYPERLINK("http://evil.invalid")',
    `${ZWSP}=1+1`,
    `\ufeff+cmd`,
    `${RLO}-2+3`,
    `\u3000@SUM(A1)`,
    " =1+1",
    "\tfoo",
  ])("defuses %j, whatever invisible characters come first", (value) => {
    expect(csvField(value).replace(/^"/, "")).toMatch(/^'/);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(csvField("花子")).toBe("花子");
    expect(csvField(-0.5)).toBe("-0.5");
    expect(csvField(`${ZWSP}花子`)).toBe(`${ZWSP}花子`);
  });
});
