"use server";

import { createUser, getDatabase } from "@jiji/db";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { fieldError, formError } from "@/components/form/form-state";
import { signIn, signOut, TooManySignInAttempts } from "@/server/auth/config";
import { callbackPathSchema, changePasswordSchema, signInSchema, signUpSchema } from "../account-schemas";
import { authedFormAction } from "../auth/authed-form-action";
import { changePassword } from "../auth/change-password";
import { formAction } from "../auth/form-action";
import { signInAddressKey } from "../auth/password-sign-in";
import { weakPasswordProblem } from "../auth/password-strength";
import {
  accountRateLimitKey,
  RATE_LIMITS,
  recordRateLimitedEvent,
  tooManyAttempts,
} from "../auth/rate-limit";
import { clientAddress } from "../forwarded-headers";

const withCallback = { callbackUrl: callbackPathSchema };

async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

export const signUpAction = formAction(signUpSchema.extend(withCallback), async (input) => {
  const db = await getDatabase();
  const addressKey = `signup:address:${await requestAddress()}`;
  const locked = await tooManyAttempts(db, [addressKey]);
  if (locked) return locked;
  await recordRateLimitedEvent(db, addressKey, RATE_LIMITS.signUpAddress);
  const weak = weakPasswordProblem(input.password, input.email);
  if (weak) return fieldError("password", weak);
  // A taken email still hashes the password and only then fails its insert: the same work and the same answer
  // as a new account, so sign-up never tells which addresses are registered. The new student signs in next.
  await createUser(db, { ...input, role: "student" });
  redirect(`/signin?registered=1&callbackUrl=${encodeURIComponent(input.callbackUrl)}`);
});

/**
 * Signs in, or returns the one generic message: which of email or password was wrong is never told.
 * The limits themselves are counted in authorize() (src/auth.ts), which every sign-in path goes through.
 */
export const signInAction = formAction(signInSchema.extend(withCallback), async (input) => {
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: input.callbackUrl,
    });
  } catch (error) {
    if (error instanceof TooManySignInAttempts) {
      const keys = [accountRateLimitKey(input.email), signInAddressKey(await requestAddress())];
      return (await tooManyAttempts(await getDatabase(), keys)) ?? formError("invalidCredentials");
    }
    if (error instanceof AuthError) return formError("invalidCredentials");
    throw error; // the redirect after a successful sign-in travels as an exception
  }
  return undefined;
});

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
