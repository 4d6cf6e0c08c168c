import type { Database } from "./client";
import { hashPassword } from "./passwords";
import { isUniqueViolation } from "./prisma-errors";

export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

/** The one email normalisation: NFKC (full-width letters), trimmed, lower-cased. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export type NewUser = { email: string; name: string; role: Role; password: string };

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "email-taken" };

/** Inserts one account; the unique index on email (not a prior read) decides duplicates, so races are safe. */
export async function createUser(db: Database, input: NewUser): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: normalizeEmail(input.email), name: input.name.trim(), role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ok: true, user: { ...user, role: user.role as Role } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}
