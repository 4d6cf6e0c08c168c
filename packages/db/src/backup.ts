import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import type { Database } from "./client";
import type { DatabaseTarget } from "./database-url";

/**
 * Online SQLite backup: `VACUUM INTO` writes a consistent, compacted copy while the app keeps serving
 * (readers and writers go on; the copy is one transaction's snapshot). PostgreSQL uses pg_dump instead.
 */
export async function backupSqlite(db: Database, target: DatabaseTarget, destination: string): Promise<void> {
  if (target.provider !== "sqlite")
    throw new Error("db:backup is for SQLite; use pg_dump -Fc for PostgreSQL");
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file`);
  await db.$executeRawUnsafe(`VACUUM INTO '${destination.replaceAll("'", "''")}'`);
}

/** Replaces the SQLite file with a backup. The app must be stopped: open connections would keep the old file. */
export function restoreSqlite(target: DatabaseTarget, source: string): void {
  if (target.provider !== "sqlite")
    throw new Error("db:restore is for SQLite; use pg_restore for PostgreSQL");
  if (!existsSync(source)) throw new Error(`no backup at ${source}`);
  // Copy beside it, then rename over it: the database file is never seen half-written.
  const staged = `${target.filePath}.restoring`;
  copyFileSync(source, staged);
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target.filePath + suffix, { force: true });
  renameSync(staged, target.filePath);
}
