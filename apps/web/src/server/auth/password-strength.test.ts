import { describe, expect, it } from "vitest";
import { weakPasswordProblem } from "./password-strength";

describe("weakPasswordProblem", () => {
  it.each(["password", "12345678", "qwertyuiop", "P@ssw0rd!", "iloveyou1", "abcd1234", "baseball1"])(
    "refuses the common password %j",
    (password) => {
      expect(weakPasswordProblem(password, "hanako@example.com")).toBe("passwordTooCommon");
    },
  );

  it("refuses the email itself, in any case, and passwords built from it", () => {
    expect(weakPasswordProblem("Hanako@Example.com", "hanako@example.com")).toBe("passwordIsEmail");
    expect(weakPasswordProblem("hanako@example.com", "HANAKO@example.com")).toBe("passwordIsEmail");
    expect(weakPasswordProblem("hanako123", "hanako@example.com")).toBe("passwordTooCommon");
  });

  it("accepts passphrases and longer unusual passwords", () => {
    for (const password of ["correct horse 2026", "jiji-student-2026", "sakura-fubuki-42", "password-123"])
      expect(weakPasswordProblem(password, "hanako@example.com")).toBeUndefined();
  });
});
