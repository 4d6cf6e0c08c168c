import "server-only";
import { type Database, hashPassword, verifyPassword } from "@jiji/db";
import { type FormState, fieldError } from "@/components/form/form-state";
import { weakPasswordProblem } from "./password-strength";
import {
  accountRateLimitKey,
  clearRateLimit,
  RATE_LIMITS,
  recordRateLimitedEvent,
  tooManyAttempts,
} from "./rate-limit";

export type PasswordChange = { ok: true; email: string } | { ok: false; state: FormState };

/**
 * Sets a new password once the current one is confirmed, and moves the session version on in the same update,
 * which ends every session issued before. A wrong current password changes nothing and counts against the
 * account's sign-in limit, so this form is no way around it.
 */
export async function changePassword(
  db: Database,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<PasswordChange> {
  const stored = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  const accountKey = accountRateLimitKey(stored.email);
  const locked = await tooManyAttempts(db, [accountKey], now);
  if (locked) return { ok: false, state: locked };
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    await recordRateLimitedEvent(db, accountKey, RATE_LIMITS.signInAccount, now);
    return { ok: false, state: fieldError("currentPassword", "currentPasswordWrong") };
  }
  const weak = weakPasswordProblem(input.newPassword, stored.email);
  if (weak) return { ok: false, state: fieldError("newPassword", weak) };
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
  await clearRateLimit(db, accountKey);
  return { ok: true, email: stored.email };
}
