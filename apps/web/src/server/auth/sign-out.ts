import "server-only";
import type { Database } from "@jiji/db";

/**
 * Ends every session of the account the token speaks for by moving its session version on (the same check that
 * ends sessions after a password change). A token already stale changes nothing, so an old copied cookie cannot
 * sign out the session that replaced it.
 */
export async function endSessions(
  db: Database,
  token: { sub?: string | null; sessionVersion?: unknown },
): Promise<void> {
  if (!token.sub || typeof token.sessionVersion !== "number") return;
  await db.user.updateMany({
    where: { id: token.sub, sessionVersion: token.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
