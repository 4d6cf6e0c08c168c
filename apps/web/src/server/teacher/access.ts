import "server-only";
import { type Database, getDatabase } from "@jiji/db";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "../account-schemas";
import { authedFormAction } from "../authed-form-action";
import type { FormState } from "../form-action";
import { currentUser, requireUser } from "../session";
import { hasTeacherRole, isPromotedSinceSignIn } from "./teacher-role";

/**
 * For teacher pages: signed-out visitors go to sign in; students get a 404 (the page does not exist for them),
 * except a student session whose account has been promoted since, which is told to sign in again.
 */
export async function requireTeacher(returnTo: string): Promise<{ user: SessionUser; db: Database }> {
  const user = await requireUser(returnTo);
  const db = await getDatabase();
  if (!(await hasTeacherRole(db, user))) {
    if (await isPromotedSinceSignIn(db, user)) redirect("/teacher/sign-in-again");
    notFound();
  }
  return { user, db };
}

/** For teacher route handlers: the teacher, or null (the caller answers 401/403). */
export async function currentTeacher(): Promise<
  { ok: true; user: SessionUser; db: Database } | { ok: false; status: 401 | 403 }
> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401 };
  const db = await getDatabase();
  if (!(await hasTeacherRole(db, user))) return { ok: false, status: 403 };
  return { ok: true, user, db };
}

/** Every teacher mutation: signed in (authedFormAction), zod-validated, and a teacher; ownership is the body's job. */
export function teacherFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, teacher: SessionUser, db: Database) => Promise<FormState | undefined>,
) {
  return authedFormAction(schema, async (input, user) => {
    const db = await getDatabase();
    if (!(await hasTeacherRole(db, user))) return { formError: "notTeacher" };
    return body(input, user, db);
  });
}
