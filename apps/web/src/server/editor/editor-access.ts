import "server-only";
import { type Database, getDatabase } from "@jiji/db";
import { notFound } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "../account-schemas";
import { authedFormAction } from "../authed-form-action";
import type { FormState } from "../form-action";
import { currentUser, requireUser } from "../session";

/** The editor flag is re-read from the database each time: granting or taking it away applies at once. */
export async function isEditor(db: Database, userId: string): Promise<boolean> {
  const stored = await db.user.findUnique({ where: { id: userId }, select: { isEditor: true } });
  return stored?.isEditor === true;
}

/** For editor pages: signed-out visitors go to sign in; anyone else who is not an editor gets a 404. */
export async function requireEditor(returnTo: string): Promise<{ user: SessionUser; db: Database }> {
  const user = await requireUser(returnTo);
  const db = await getDatabase();
  if (!(await isEditor(db, user.id))) notFound();
  return { user, db };
}

/** For the nav: whether the signed-in person may use the editor. */
export async function currentUserIsEditor(): Promise<boolean> {
  const user = await currentUser();
  return user ? isEditor(await getDatabase(), user.id) : false;
}

/** Every editor mutation: signed in, zod-validated, and an editor. */
export function editorFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, user: SessionUser, db: Database) => Promise<FormState | undefined>,
) {
  return authedFormAction(schema, async (input, user) => {
    const db = await getDatabase();
    if (!(await isEditor(db, user.id))) return { formError: "notEditor" };
    return body(input, user, db);
  });
}
