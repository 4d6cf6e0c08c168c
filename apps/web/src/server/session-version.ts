import "server-only";
import type { Database } from "@jiji/db";

/**
 * Whether a session token still speaks for its account: a password change bumps the stored version, which ends
 * every session issued before it; a deleted account has no current session. One primary-key read.
 */
export async function isSessionCurrent(
  db: Database,
  user: { id: string; sessionVersion: number },
): Promise<boolean> {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
  return stored?.sessionVersion === user.sessionVersion;
}
