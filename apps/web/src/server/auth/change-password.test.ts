import { type Database, verifyPassword } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { changePasswordSchema } from "../account-schemas";
import { changePassword } from "./change-password";
import { accountRateLimitKey, lockedForMs } from "./rate-limit";
import { isSessionCurrent } from "./session-version";

// makeUser's password.
const CURRENT = "password-123";

describe("changePasswordSchema", () => {
  it("applies the sign-up length rule to the new password and wants it typed twice", () => {
    const errors = (input: Record<string, string>) =>
      changePasswordSchema.safeParse(input).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(errors({ currentPassword: "", newPassword: "short", confirmPassword: "short" })).toEqual([
      ["currentPassword", "passwordRequired"],
      ["newPassword", "passwordTooShort"],
    ]);
    expect(
      errors({ currentPassword: "x", newPassword: "n".repeat(129), confirmPassword: "n".repeat(129) }),
    ).toEqual([["newPassword", "passwordTooLong"]]);
    expect(
      errors({ currentPassword: "x", newPassword: "new password 1", confirmPassword: "new password 2" }),
    ).toEqual([["confirmPassword", "passwordsDoNotMatch"]]);
    expect(
      errors({ currentPassword: "x", newPassword: "new password 1", confirmPassword: "new password 1" }),
    ).toBe(undefined);
  });
});

describe.each(testProviders())("changePassword on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  const stored = (id: string) =>
    db.user.findUniqueOrThrow({
      where: { id },
      select: { email: true, passwordHash: true, sessionVersion: true },
    });

  it("a wrong current password changes nothing and counts against the account's sign-in limit", async () => {
    const user = await makeUser(db, "student");
    const before = await stored(user.id);
    const outcome = await changePassword(db, user.id, {
      currentPassword: "not it",
      newPassword: "new password 1",
    });
    expect(outcome).toEqual({
      ok: false,
      state: { fieldErrors: { currentPassword: [{ key: "currentPasswordWrong" }] } },
    });
    expect(await stored(user.id)).toEqual(before);
    const limit = await db.rateLimit.findUniqueOrThrow({ where: { key: accountRateLimitKey(before.email) } });
    expect(limit.count).toBe(1);
  });

  it("sets the new password and moves the session version on, so older sessions stop being current", async () => {
    const user = await makeUser(db, "student");
    const outcome = await changePassword(db, user.id, {
      currentPassword: CURRENT,
      newPassword: "new password 1",
    });
    const after = await stored(user.id);
    expect(outcome).toEqual({ ok: true, email: after.email });
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(after.passwordHash, "new password 1")).toBe(true);
    expect(await verifyPassword(after.passwordHash, CURRENT)).toBe(false);
    expect(await isSessionCurrent(db, { id: user.id, sessionVersion: 0 })).toBe(false);
    expect(await isSessionCurrent(db, { id: user.id, sessionVersion: 1 })).toBe(true);
  });

  it("five wrong current passwords lock the account (sign-in too), and then even the right one is refused", async () => {
    const user = await makeUser(db, "student");
    const T0 = new Date();
    for (let i = 0; i < 5; i++) {
      await changePassword(db, user.id, { currentPassword: `wrong ${i}`, newPassword: "new password 1" }, T0);
    }
    const { email } = await stored(user.id);
    expect(await lockedForMs(db, [accountRateLimitKey(email)], T0)).toBe(15 * 60_000);
    const outcome = await changePassword(
      db,
      user.id,
      { currentPassword: CURRENT, newPassword: "new password 1" },
      T0,
    );
    expect(outcome).toEqual({
      ok: false,
      state: { formError: { key: "tooManyAttempts", values: { minutes: 15 } } },
    });
    expect((await stored(user.id)).sessionVersion).toBe(0);
  });
});
