import "server-only";
import { type Database, getDatabase } from "@jiji/db";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { type FormState, formError } from "@/components/form/form-state";
import type { SessionUser } from "../account-schemas";
import { authedFormAction } from "./authed-form-action";
import { hasTeacherRole, isEditorAccount, isPromotedSinceSignIn } from "./roles";
import { currentSession, type SignedIn } from "./session";

// Every permission check of a page, route handler or action is one of these (the action wrappers are in
// form-action.ts and authed-form-action.ts); ownership of a record is checked inside its query.

async function requireSession(returnTo: string): Promise<SignedIn> {
  const signedIn = await currentSession();
  if (!signedIn) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return signedIn;
}

/** For protected pages: sends a signed-out visitor to sign in, and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  return (await requireSession(returnTo)).user;
}

/**
 * For teacher pages: signed-out visitors go to sign in; students get a 404 (the page does not exist for them),
 * except a student session whose account has been promoted since, which is told to sign in again.
 */
export async function requireTeacher(returnTo: string): Promise<{ user: SessionUser; db: Database }> {
  const { user, stored } = await requireSession(returnTo);
  if (!hasTeacherRole(user, stored)) {
    if (isPromotedSinceSignIn(user, stored)) redirect("/teacher/sign-in-again");
    notFound();
  }
  return { user, db: await getDatabase() };
}

/** For the sign-in-again page: only a student session whose account has been promoted since may see it. */
export async function requirePromotedSinceSignIn(returnTo: string): Promise<SessionUser> {
  const { user, stored } = await requireSession(returnTo);
  if (user.role === "teacher") redirect("/teacher");
  if (!isPromotedSinceSignIn(user, stored)) notFound();
  return user;
}

/** For teacher route handlers: the teacher, or null (the caller answers 401/403). */
export async function currentTeacher(): Promise<
  { ok: true; user: SessionUser; db: Database } | { ok: false; status: 401 | 403 }
> {
  const signedIn = await currentSession();
  if (!signedIn) return { ok: false, status: 401 };
  if (!hasTeacherRole(signedIn.user, signedIn.stored)) return { ok: false, status: 403 };
  return { ok: true, user: signedIn.user, db: await getDatabase() };
}

/** Every teacher mutation: signed in (authedFormAction), zod-validated, and a teacher; ownership is the body's job. */
export function teacherFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, teacher: SessionUser, db: Database) => Promise<FormState | undefined>,
) {
  return authedFormAction(schema, async (input, user, stored) => {
    if (!hasTeacherRole(user, stored)) return formError("notTeacher");
    return body(input, user, await getDatabase());
  });
}

/** For editor pages: signed-out visitors go to sign in; anyone else who is not an editor gets a 404. */
export async function requireEditor(returnTo: string): Promise<{ user: SessionUser; db: Database }> {
  const { user, stored } = await requireSession(returnTo);
  if (!isEditorAccount(stored)) notFound();
  return { user, db: await getDatabase() };
}

/** For editor route handlers: the editor, or why not (the caller answers 401/403). */
export async function currentEditor(): Promise<
  { ok: true; user: SessionUser; db: Database } | { ok: false; status: 401 | 403 }
> {
  const signedIn = await currentSession();
  if (!signedIn) return { ok: false, status: 401 };
  if (!isEditorAccount(signedIn.stored)) return { ok: false, status: 403 };
  return { ok: true, user: signedIn.user, db: await getDatabase() };
}

/** For the nav: whether the signed-in person may use the editor. */
export async function currentUserIsEditor(): Promise<boolean> {
  const signedIn = await currentSession();
  return signedIn !== null && isEditorAccount(signedIn.stored);
}

/** Every editor mutation: signed in, zod-validated, and an editor. */
export function editorFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, user: SessionUser, db: Database) => Promise<FormState | undefined>,
) {
  return authedFormAction(schema, async (input, user, stored) => {
    if (!isEditorAccount(stored)) return formError("notEditor");
    return body(input, user, await getDatabase());
  });
}
