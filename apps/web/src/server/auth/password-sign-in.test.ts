import { createUser, type Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { signInAddressKey, signInWithPassword } from "./password-sign-in";
import { accountRateLimitKey, lockedForMs, RATE_LIMITS, recordRateLimitedEvent } from "./rate-limit";

const PASSWORD = "the right password 1";
let counter = 0;

describe.each(testProviders())("signInWithPassword on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  async function account() {
    const email = `limits-${++counter}@test.example`;
    await createUser(db, { email, name: "施錠", role: "student", password: PASSWORD });
    return email;
  }

  it("signs in with the right password and clears the account's count", async () => {
    const email = await account();
    await recordRateLimitedEvent(db, accountRateLimitKey(email), RATE_LIMITS.signInAccount);
    const result = await signInWithPassword(
      db,
      { email: email.toUpperCase(), password: PASSWORD },
      "10.0.0.1",
    );
    expect(result).toMatchObject({
      status: "signed-in",
      user: { email, role: "student", sessionVersion: 0 },
    });
    expect(await db.rateLimit.count({ where: { key: accountRateLimitKey(email) } })).toBe(0);
  });

  it("locks the account after five wrong passwords, then refuses even the right one", async () => {
    const email = await account();
    for (let guess = 0; guess < 5; guess++) {
      const address = `10.0.1.${guess}`; // every guess from another address: the account's own limit holds
      expect(await signInWithPassword(db, { email, password: `guess ${guess}` }, address)).toEqual({
        status: "wrong",
      });
    }
    const locked = await signInWithPassword(db, { email, password: PASSWORD }, "10.0.2.1");
    expect(locked).toEqual({ status: "locked", waitMs: expect.any(Number) });
    expect(locked.status === "locked" && locked.waitMs).toBeGreaterThan(14 * 60_000);
  });

  it("locks an address that guesses across many accounts, for every account", async () => {
    const address = `10.9.${++counter}.1`;
    const now = new Date();
    for (let guess = 0; guess < RATE_LIMITS.signInAddress.limit - 1; guess++)
      await recordRateLimitedEvent(db, signInAddressKey(address), RATE_LIMITS.signInAddress, now);
    const email = await account();
    expect(await signInWithPassword(db, { email, password: "wrong" }, address)).toEqual({ status: "wrong" });
    expect(await lockedForMs(db, [signInAddressKey(address)])).toBeGreaterThan(0);
    expect(await signInWithPassword(db, { email, password: PASSWORD }, address)).toMatchObject({
      status: "locked",
    });
    // Another address still signs the same account in.
    expect(await signInWithPassword(db, { email, password: PASSWORD }, "10.8.0.1")).toMatchObject({
      status: "signed-in",
    });
  });

  it("counts an unknown email like a wrong password", async () => {
    const email = `nobody-${++counter}@test.example`;
    expect(await signInWithPassword(db, { email, password: PASSWORD }, "10.7.0.1")).toEqual({
      status: "wrong",
    });
    expect(await db.rateLimit.findUnique({ where: { key: accountRateLimitKey(email) } })).toMatchObject({
      count: 1,
    });
  });
});
