import "server-only";
import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { type SessionUser, sessionUserSchema } from "./account-schemas";
import { syncPublishedEditorArticles } from "./editor/published-editor-articles";
import { isSessionCurrent } from "./session-version";

/**
 * The signed-in user, or null; a token from before a password change counts as signed out. Once per request, and
 * the bank is brought up to date with the editor's published articles first (every signed-in page and action).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  await syncPublishedEditorArticles();
  const session = await auth();
  const user = sessionUserSchema.safeParse(session?.user);
  if (!user.success) return null;
  return (await isSessionCurrent(await getDatabase(), user.data)) ? user.data : null;
});

/** For protected pages: sends a signed-out visitor to sign in, and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
