import "server-only";
import type { StoredAccount } from "./session-version";

// The role is taken from the database, not only the session token: a promotion shows after the next sign-in,
// and a demotion takes effect at once. Pure functions over the account read with the session (one read).

/** A teacher by the token and by the database. */
export function hasTeacherRole(user: { role: string }, stored: Pick<StoredAccount, "role">): boolean {
  return user.role === "teacher" && stored.role === "teacher";
}

/** A session issued before its account was promoted: the teacher pages ask for a new sign-in instead of a 404. */
export function isPromotedSinceSignIn(user: { role: string }, stored: Pick<StoredAccount, "role">): boolean {
  return user.role !== "teacher" && stored.role === "teacher";
}

/** May use the article editor: the flag is read with the session, so granting or taking it away applies at once. */
export function isEditorAccount(stored: Pick<StoredAccount, "isEditor">): boolean {
  return stored.isEditor;
}
