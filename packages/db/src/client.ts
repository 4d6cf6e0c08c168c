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

// A registered symbol, not a module-level WeakMap: Next bundles this package into several chunks, and the client
// made by one chunk's copy (getDatabase's process-wide one) must be recognised by every other copy.
const PROVIDER = Symbol.for("jiji.databaseProvider");

/** Which database a client talks to, for the few raw statements whose SQL differs between them. */
export function databaseProvider(db: Database): DatabaseTarget["provider"] {
  const provider = (db as unknown as Record<symbol, DatabaseTarget["provider"] | undefined>)[PROVIDER];
  if (!provider) throw new Error("databaseProvider: this client was not made by createDatabase");
  return provider;
}

function tagProvider(db: Database, provider: DatabaseTarget["provider"]): Database {
  Object.defineProperty(db, PROVIDER, { value: provider });
  return db;
}

export async function createDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  const adapter = createAdapterFactory(target);
  if (target.provider === "postgresql") {
    return tagProvider(new PostgresClient({ adapter }) as unknown as Database, "postgresql");
  }
  const db = new SqliteClient({ adapter });
  for (const pragma of SQLITE_PRAGMAS) await db.$queryRawUnsafe(pragma);
  return tagProvider(db, "sqlite");
}

const globalForDb = globalThis as unknown as { jijiDatabase?: Promise<Database> };

/** The process-wide client, created once (and kept across hot reloads in development). */
export function getDatabase(): Promise<Database> {
  globalForDb.jijiDatabase ??= createDatabase();
  return globalForDb.jijiDatabase;
}
