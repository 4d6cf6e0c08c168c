"use server";

import { createUser, type Database, getDatabase } from "@jiji/db";
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { callbackPathSchema, changePasswordSchema, signInSchema, signUpSchema } from "../account-schemas";
import { authedFormAction } from "../authed-form-action";
import { changePassword } from "../change-password";
import { formAction } from "../form-action";
import {
  accountRateLimitKey,
  clearRateLimit,
  RATE_LIMITS,
  recordRateLimitedEvent,
  tooManyAttempts,
} from "../rate-limit";

const withCallback = { callbackUrl: callbackPathSchema };

/** The client's address as the load balancer reports it (first X-Forwarded-For hop), for per-address limits. */
async function clientAddress(): Promise<string> {
  const requestHeaders = await headers();
  return (
    requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    requestHeaders.get("x-real-ip") ||
    "unknown"
  );
}

/**
 * Signs in, or returns the one generic message: which of email or password was wrong is never told.
 * Failures count against the account and the address; a success clears the account's count.
 */
async function signInWithPassword(db: Database, email: string, password: string, redirectTo: string) {
  const accountKey = accountRateLimitKey(email);
  const addressKey = `signin:address:${await clientAddress()}`;
  const locked = await tooManyAttempts(db, [accountKey, addressKey]);
  if (locked) return locked;
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      await recordRateLimitedEvent(db, accountKey, RATE_LIMITS.signInAccount);
      await recordRateLimitedEvent(db, addressKey, RATE_LIMITS.signInAddress);
      return { formError: "invalidCredentials" };
    }
    await clearRateLimit(db, accountKey);
    throw error; // the redirect after a successful sign-in travels as an exception
  }
  return undefined;
}

export const signUpAction = formAction(signUpSchema.extend(withCallback), async (input) => {
  const db = await getDatabase();
  const addressKey = `signup:address:${await clientAddress()}`;
  const locked = await tooManyAttempts(db, [addressKey]);
  if (locked) return locked;
  await recordRateLimitedEvent(db, addressKey, RATE_LIMITS.signUpAddress);
  const created = await createUser(db, { ...input, role: "student" });
  if (!created.ok) return { fieldErrors: { email: ["emailTaken"] } };
  return signInWithPassword(db, input.email, input.password, input.callbackUrl);
});

export const signInAction = formAction(signInSchema.extend(withCallback), async (input) =>
  signInWithPassword(await getDatabase(), input.email, input.password, input.callbackUrl),
);

export const changePasswordAction = authedFormAction(changePasswordSchema, async (input, user) => {
  const changed = await changePassword(await getDatabase(), user.id, input);
  if (!changed.ok) return changed.state;
  // Every session before this one is now stale, this browser's too: sign it in again to carry the new version.
  await signIn("credentials", {
    email: changed.email,
    password: input.newPassword,
    redirectTo: "/account/settings?passwordChanged=1",
  });
  return undefined;
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** After a promotion: a new sign-in issues a session that carries the teacher role. */
export async function signInAgainAsTeacherAction(): Promise<void> {
  await signOut({ redirectTo: "/signin?callbackUrl=%2Fteacher" });
}
