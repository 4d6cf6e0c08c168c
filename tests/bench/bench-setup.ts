// The benchmark's world: the repository root and a fresh SQLite database (students: support/seeded-students.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import { createDatabase, type Database, resolveDatabaseTarget } from "@jiji/db";
import { migrateDatabase } from "@jiji/db/migrate";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export async function createBenchDatabase(dataDir: string): Promise<Database> {
  rmSync(dataDir, { recursive: true, force: true });
  const target = resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: dataDir });
  migrateDatabase(target);
  return createDatabase(target);
}
