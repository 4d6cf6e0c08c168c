import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { clearRateLimit, lockedForMs, recordRateLimitedEvent } from "./rate-limit";

const RULE = { limit: 5, windowMs: 60_000, lockMs: 300_000 };
const T0 = new Date("2026-12-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testProviders())("rate limits on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  it("locks a key when the limit is reached within the window, and unlocks after the lock time", async () => {
    for (let i = 0; i < 4; i++) await recordRateLimitedEvent(db, "k1", RULE, at(i * 1000));
    expect(await lockedForMs(db, ["k1"], at(5000))).toBe(0);
    await recordRateLimitedEvent(db, "k1", RULE, at(5000));
    expect(await lockedForMs(db, ["k1"], at(6000))).toBe(299_000);
    expect(await lockedForMs(db, ["k1", "other"], at(6000))).toBe(299_000);
    expect(await lockedForMs(db, ["k1"], at(305_001))).toBe(0);
  });

  it("starts a new window once the old one has passed", async () => {
    for (let i = 0; i < 4; i++) await recordRateLimitedEvent(db, "k2", RULE, at(i));
    await recordRateLimitedEvent(db, "k2", RULE, at(61_000));
    expect(await lockedForMs(db, ["k2"], at(61_001))).toBe(0);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "k2" } })).count).toBe(1);
  });

  it("counts every one of 20 concurrent events", async () => {
    await Promise.all(
      Array.from({ length: 20 }, () => recordRateLimitedEvent(db, "k3", { ...RULE, limit: 100 }, T0)),
    );
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "k3" } })).count).toBe(20);
  });

  it("clears a key", async () => {
    await recordRateLimitedEvent(db, "k4", { ...RULE, limit: 1 }, T0);
    expect(await lockedForMs(db, ["k4"], T0)).toBeGreaterThan(0);
    await clearRateLimit(db, "k4");
    expect(await lockedForMs(db, ["k4"], T0)).toBe(0);
  });
});
