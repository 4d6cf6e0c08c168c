import { type Database, getDatabase } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { auth } from "./config";
import { requireUser } from "./guards";
import { currentUser } from "./session";
import { isSessionCurrent } from "./session-version";

vi.mock("./config", () => ({ auth: vi.fn() }));
vi.mock("@jiji/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@jiji/db")>()),
  getDatabase: vi.fn(),
}));

describe.each(testProviders())("session version on %s", (provider) => {
  let db: Database;
  let user: { id: string; name: string; email: string; role: "student"; sessionVersion: number };
  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    vi.mocked(getDatabase).mockResolvedValue(db);
  });
  beforeEach(async () => {
    const made = await makeUser(db, "student");
    user = {
      id: made.id,
      name: made.name,
      email: `${made.name}@test.example`,
      role: "student",
      sessionVersion: 0,
    };
  });
  const signedInAs = (sessionUser: typeof user | undefined) =>
    (auth as unknown as Mock).mockResolvedValue(sessionUser ? { user: sessionUser, expires: "" } : null);

  it("accepts a token whose version matches the account's", async () => {
    expect(await isSessionCurrent(db, user)).toBe(true);
    signedInAs(user);
    expect(await currentUser()).toEqual(user);
  });

  it("treats a token from before a password change as signed out, and sends it to sign in", async () => {
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await isSessionCurrent(db, user)).toBe(false);
    signedInAs(user);
    expect(await currentUser()).toBeNull();
    await expect(requireUser("/account")).rejects.toMatchObject({
      digest: expect.stringContaining("/signin?callbackUrl=%2Faccount"),
    });
    signedInAs({ ...user, sessionVersion: 1 });
    expect(await currentUser()).toEqual({ ...user, sessionVersion: 1 });
  });

  it("rejects a token for an account that no longer exists, and no token at all", async () => {
    expect(await isSessionCurrent(db, { id: "no-such-user", sessionVersion: 0 })).toBe(false);
    signedInAs(undefined);
    expect(await currentUser()).toBeNull();
  });
});
