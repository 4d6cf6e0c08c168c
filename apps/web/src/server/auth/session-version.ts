import "server-only";
import type { Database } from "@jiji/db";

/**
 * What the database says of a session's account: its current session version, its role, the editor flag, and the
 * time zone its pages are read in.
 */
export type StoredAccount = { sessionVersion: number; role: string; isEditor: boolean; timeZone: string };

/** One primary-key read gives both, so a guard checks the session and the role together; null: no such account. */
export async function readStoredAccount(db: Database, userId: string): Promise<StoredAccount | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true, role: true, isEditor: true, timeZone: true },
  });
}

/**
 * Whether a session token still speaks for its account: a password change bumps the stored version, which ends
 * every session issued before it; a deleted account has no current session.
 */
export function isCurrentFor(stored: StoredAccount | null, user: { sessionVersion: number }): boolean {
  return stored?.sessionVersion === user.sessionVersion;
}

export async function isSessionCurrent(
  db: Database,
  user: { id: string; sessionVersion: number },
): Promise<boolean> {
  return isCurrentFor(await readStoredAccount(db, user.id), user);
}
