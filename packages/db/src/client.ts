import { createAdapterFactory } from "./adapters";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-url";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";

/** Both generated clients come from the same model, so their query APIs are identical; we type with one. */
export type Database = SqliteClient;

/** SQLite settings applied to every connection: concurrent readers, writers wait instead of failing. */
const SQLITE_PRAGMAS = [
  // First, so that even switching the journal mode waits for a lock instead of failing.
  "PRAGMA busy_timeout = 10000",
  "PRAGMA journal_mode = WAL",
  // FULL: a graded answer acknowledged to a student survives a crash or power loss.
  "PRAGMA synchronous = FULL",
  "PRAGMA foreign_keys = ON",
];

const providerOf = new WeakMap<Database, DatabaseTarget["provider"]>();

/** Which database a client talks to, for the few raw statements whose SQL differs between them. */
export function databaseProvider(db: Database): DatabaseTarget["provider"] {
  const provider = providerOf.get(db);
  if (!provider) throw new Error("databaseProvider: this client was not made by createDatabase");
  return provider;
}

export async function createDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  const adapter = createAdapterFactory(target);
  if (target.provider === "postgresql") {
    const db = new PostgresClient({ adapter }) as unknown as Database;
    providerOf.set(db, "postgresql");
    return db;
  }
  const db = new SqliteClient({ adapter });
  for (const pragma of SQLITE_PRAGMAS) await db.$queryRawUnsafe(pragma);
  providerOf.set(db, "sqlite");
  return db;
}

const globalForDb = globalThis as unknown as { jijiDatabase?: Promise<Database> };

/** The process-wide client, created once (and kept across hot reloads in development). */
export function getDatabase(): Promise<Database> {
  globalForDb.jijiDatabase ??= createDatabase();
  return globalForDb.jijiDatabase;
}
