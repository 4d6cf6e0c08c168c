import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { isSessionCurrent } from "./session-version";
import { endSessions } from "./sign-out";

describe.each(testProviders())("endSessions on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  it("ends the signed-out token and every other of the account, and a stale token changes nothing", async () => {
    const user = await makeUser(db, "student");
    const other = await makeUser(db, "student");
    await endSessions(db, { sub: user.id, sessionVersion: 0 });
    expect(await isSessionCurrent(db, { id: user.id, sessionVersion: 0 })).toBe(false);
    expect(await isSessionCurrent(db, { id: user.id, sessionVersion: 1 })).toBe(true);
    expect(await isSessionCurrent(db, { id: other.id, sessionVersion: 0 })).toBe(true);
    // Signing out with the old, already revoked cookie does not end the newer session.
    await endSessions(db, { sub: user.id, sessionVersion: 0 });
    await endSessions(db, { sub: user.id, sessionVersion: "1" });
    await endSessions(db, { sub: null, sessionVersion: 1 });
    expect(await isSessionCurrent(db, { id: user.id, sessionVersion: 1 })).toBe(true);
  });
});
