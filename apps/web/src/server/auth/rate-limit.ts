import "server-only";
import { type Database, normalizeEmail } from "@jiji/db";
import { type FormState, formError } from "@/components/form/form-state";

export type RateLimitRule = { limit: number; windowMs: number; lockMs: number };

/** Failed sign-ins per account and per address, sign-ups per address (a school may share one address), join codes. */
export const RATE_LIMITS = {
  signInAccount: { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  signInAddress: { limit: 200, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  signUpAddress: { limit: 60, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  /** Join codes that lead nowhere (or have expired), per student: a mistyped code or two, never a search. */
  joinCodeStudent: { limit: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, RateLimitRule>;

/** Wrong passwords for one account, whether typed at sign-in or when changing the password, count against this key. */
export function accountRateLimitKey(email: string): string {
  return `signin:account:${normalizeEmail(email)}`;
}

/** Milliseconds until every given key is unlocked; 0 when none is locked. Kept in the database, so it holds across instances. */
export async function lockedForMs(db: Database, keys: string[], now = new Date()): Promise<number> {
  const locked = await db.rateLimit.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  return Math.max(0, ...locked.map((row) => row.lockedUntil!.getTime() - now.getTime()));
}

/** The form's answer while any of the keys is locked; undefined when none is. */
export async function tooManyAttempts(
  db: Database,
  keys: string[],
  now = new Date(),
): Promise<FormState | undefined> {
  const waitMs = await lockedForMs(db, keys, now);
  if (waitMs === 0) return undefined;
  return formError("tooManyAttempts", { minutes: Math.ceil(waitMs / 60_000) });
}

/**
 * Counts one event against a key in a fixed window and locks the key once the limit is reached.
 * The increment is one atomic upsert, so concurrent requests on several instances are all counted.
 */
export async function recordRateLimitedEvent(
  db: Database,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<void> {
  let row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStart: now },
    update: { count: { increment: 1 } },
  });
  if (now.getTime() - row.windowStart.getTime() >= rule.windowMs) {
    // The window has passed: start a new one (compare-and-set on the old window, so only one request resets it).
    await db.rateLimit.updateMany({
      where: { key, windowStart: row.windowStart },
      data: { count: 1, windowStart: now, lockedUntil: null },
    });
    row = { ...row, count: 1 };
  }
  if (row.count >= rule.limit) {
    await db.rateLimit.update({
      where: { key },
      data: { lockedUntil: new Date(now.getTime() + rule.lockMs) },
    });
  }
}

export async function clearRateLimit(db: Database, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
