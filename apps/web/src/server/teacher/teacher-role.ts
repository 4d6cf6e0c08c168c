import "server-only";
import type { Database } from "@jiji/db";

/**
 * The role is re-read from the database, not only the session token: a promotion shows after the next
 * sign-in, and a demotion takes effect at once. (Kept free of session imports so it is unit-testable.)
 */
export async function hasTeacherRole(db: Database, user: { id: string; role: string }): Promise<boolean> {
  if (user.role !== "teacher") return false;
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { role: true } });
  return stored?.role === "teacher";
}

/** A session issued before its account was promoted: the teacher pages ask for a new sign-in instead of a 404. */
export async function isPromotedSinceSignIn(
  db: Database,
  user: { id: string; role: string },
): Promise<boolean> {
  if (user.role === "teacher") return false;
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { role: true } });
  return stored?.role === "teacher";
}
