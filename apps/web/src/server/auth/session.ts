import "server-only";
import { getDatabase } from "@jiji/db";
import { cache } from "react";
import { SCHOOL_TIME_ZONE, safeTimeZone } from "@/lib/time-zone";
import { type SessionUser, sessionUserSchema } from "../account-schemas";
import { syncPublishedEditorArticlesForRequest } from "../editor/published-editor-articles";
import { auth } from "./config";
import { isCurrentFor, readStoredAccount, type StoredAccount } from "./session-version";

/** A current session: the user its token names, and that account as stored (read once, with the version check). */
export type SignedIn = { user: SessionUser; stored: StoredAccount };

/**
 * The signed-in session, or null; a token from before a password change counts as signed out. Once per request.
 * For a signed-in request the question bank is first brought up to date with the editors' published articles (one
 * cheap stamp read, once per request: the article pages share it), so every signed-in page and action sees the same
 * articles; a signed-out visitor's page (sign in, sign up) touches no table at all, and the article pages bring the
 * bank up to date themselves.
 */
export const currentSession = cache(async (): Promise<SignedIn | null> => {
  const session = await auth();
  const user = sessionUserSchema.safeParse(session?.user);
  if (!user.success) return null;
  await syncPublishedEditorArticlesForRequest();
  const stored = await readStoredAccount(await getDatabase(), user.data.id);
  return stored && isCurrentFor(stored, user.data) ? { user: user.data, stored } : null;
});

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/**
 * The zone every date of this request is shown in: the signed-in person's choice, else the school's. It comes with
 * the session's one account read, so a page asking for it costs nothing more.
 */
export async function viewerTimeZone(): Promise<string> {
  const signedIn = await currentSession();
  return signedIn ? safeTimeZone(signedIn.stored.timeZone) : SCHOOL_TIME_ZONE;
}
