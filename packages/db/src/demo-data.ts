import type { Database } from "./client";
import { createUser, type NewUser, normalizeEmail } from "./users";

/** The demo accounts the seed creates; the README documents the same credentials. */
export const DEMO_ACCOUNTS = [
  { email: "teacher@jiji.example", name: "田中 先生", role: "teacher", password: "jiji-teacher-2026" },
  { email: "hanako@jiji.example", name: "佐藤 花子", role: "student", password: "jiji-student-2026" },
  { email: "taro@jiji.example", name: "鈴木 太郎", role: "student", password: "jiji-student-2026" },
] as const satisfies readonly NewUser[];

/** Creates the account unless one with that email exists; returns its id either way. */
export async function seedUser(db: Database, input: NewUser): Promise<string> {
  const existing = await db.user.findUnique({
    where: { email: normalizeEmail(input.email) },
    select: { id: true },
  });
  if (existing) return existing.id;
  const created = await createUser(db, input);
  if (created.ok) return created.user.id;
  const raced = await db.user.findUniqueOrThrow({ where: { email: normalizeEmail(input.email) } });
  return raced.id;
}

/** Demo accounts that may use the article editor (the demo teacher). */
export const DEMO_EDITOR_EMAILS = ["teacher@jiji.example"] as const;

/** Idempotent: running the seed twice leaves the same demo data. */
export async function seedDemoData(db: Database): Promise<void> {
  for (const account of DEMO_ACCOUNTS) await seedUser(db, account);
  await db.user.updateMany({ where: { email: { in: [...DEMO_EDITOR_EMAILS] } }, data: { isEditor: true } });
}
