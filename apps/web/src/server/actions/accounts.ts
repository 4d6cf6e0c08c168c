"use server";

import { createUser, getDatabase } from "@jiji/db";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { callbackPathSchema, signInSchema, signUpSchema } from "../account-schemas";
import { formAction } from "../form-action";

const withCallback = { callbackUrl: callbackPathSchema };

/** Signs in, or returns the one generic message: which of email or password was wrong is never told. */
async function signInWithPassword(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return { formError: "invalidCredentials" };
    throw error; // the redirect after a successful sign-in travels as an exception
  }
  return undefined;
}

export const signUpAction = formAction(signUpSchema.extend(withCallback), async (input) => {
  const db = await getDatabase();
  const created = await createUser(db, { ...input, role: "student" });
  if (!created.ok) return { fieldErrors: { email: ["emailTaken"] } };
  return signInWithPassword(input.email, input.password, input.callbackUrl);
});

export const signInAction = formAction(signInSchema.extend(withCallback), async (input) =>
  signInWithPassword(input.email, input.password, input.callbackUrl),
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
