import "server-only";
import { randomUUID } from "node:crypto";
import { type Database, hashPassword, normalizeEmail, verifyPassword } from "@jiji/db";
import type { SessionUser } from "../account-schemas";
import {
  accountRateLimitKey,
  clearRateLimit,
  lockedForMs,
  RATE_LIMITS,
  recordRateLimitedEvent,
} from "./rate-limit";

export type PasswordSignIn =
  | { status: "signed-in"; user: SessionUser }
  | { status: "wrong" }
  | { status: "locked"; waitMs: number };

/** The per-address sign-in key; the address is what forwarded-headers.ts lets the app believe. */
export function signInAddressKey(address: string): string {
  return `signin:address:${address}`;
}

// Verified against when the email is unknown, so a wrong email and a wrong password take the same time.
let decoyHash: Promise<string> | undefined;
function timingDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(randomUUID());
  return decoyHash;
}

/**
 * The one password check every sign-in path goes through (the form, Auth.js's own callback endpoint, the
 * sign-in after sign-up or a password change), since all of them end in authorize(). A locked account or
 * address is refused before the password is looked at; a failure counts against both; a success clears the
 * account's count.
 */
export async function signInWithPassword(
  db: Database,
  credentials: { email: string; password: string },
  address: string,
  now = new Date(),
): Promise<PasswordSignIn> {
  const accountKey = accountRateLimitKey(credentials.email);
  const addressKey = signInAddressKey(address);
  const waitMs = await lockedForMs(db, [accountKey, addressKey], now);
  if (waitMs > 0) return { status: "locked", waitMs };
  const user = await db.user.findUnique({ where: { email: normalizeEmail(credentials.email) } });
  const isValid = await verifyPassword(user?.passwordHash ?? (await timingDecoyHash()), credentials.password);
  if (!user || !isValid) {
    await recordRateLimitedEvent(db, accountKey, RATE_LIMITS.signInAccount, now);
    await recordRateLimitedEvent(db, addressKey, RATE_LIMITS.signInAddress, now);
    return { status: "wrong" };
  }
  await clearRateLimit(db, accountKey);
  return {
    status: "signed-in",
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role as SessionUser["role"],
      sessionVersion: user.sessionVersion,
    },
  };
}
