import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, type Database } from "./client";
import { type DatabaseTarget, type Env, resolveDatabaseTarget } from "./database-url";
import { migrateDatabase } from "./migrate";
import { PROVIDERS, type Provider } from "./provider-schemas";

/** A throwaway database: `drop()` disconnects and deletes it (call it in afterAll). */
export type TestDatabase = { db: Database; target: DatabaseTarget; drop(): Promise<void> };

/** A throwaway database with no tables at all: `drop()` deletes it. */
export type EmptyTestDatabase = { target: DatabaseTarget; drop(): Promise<void> };

/** The providers tests run against: SQLite always, PostgreSQL only when TEST_DATABASE_URL names a server. */
export function testProviders(env: Env = process.env): Provider[] {
  return PROVIDERS.filter((provider) => provider === "sqlite" || Boolean(env.TEST_DATABASE_URL?.trim()));
}

/** A fresh, migrated, empty database: a temp SQLite file, or a new one on TEST_DATABASE_URL's server. */
export async function createTestDatabase(provider: Provider, env: Env = process.env): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(provider, env);
  try {
    migrateDatabase(empty.target);
    const db = await createDatabase(empty.target);
    return {
      db,
      target: empty.target,
      async drop() {
        await db.$disconnect();
        await empty.drop();
      },
    };
  } catch (error) {
    await empty.drop();
    throw error;
  }
}

/** A fresh database without migrations, for tests that build the schema themselves. */
export async function createEmptyTestDatabase(
  provider: Provider,
  env: Env = process.env,
): Promise<EmptyTestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "jiji-test-"));
    const target = resolveDatabaseTarget({ DATABASE_URL: `file:${path.join(dir, "jiji.db")}` });
    return { target, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const serverUrl = testPostgresUrl(env);
  const baseName = serverUrl.pathname.replace(/^\//, "");
  // Only [a-z0-9_], so the name needs no escaping, and short enough to stay under PostgreSQL's 63 bytes.
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(baseName)) {
    throw new Error(`TEST_DATABASE_URL must name a database like /jiji_test (got "${baseName}")`);
  }
  const name = `${baseName}_${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target = resolveDatabaseTarget({ DATABASE_URL: url.toString() });
  return { target, drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

function testPostgresUrl(env: Env): URL {
  const raw = env.TEST_DATABASE_URL?.trim();
  if (!raw)
    throw new Error("PostgreSQL tests need TEST_DATABASE_URL=postgresql://user@host:port/<throwaway db>");
  const target = resolveDatabaseTarget({ DATABASE_URL: raw });
  if (target.provider !== "postgresql") {
    throw new Error(`TEST_DATABASE_URL must be a postgresql:// URL (got a ${target.provider} URL)`);
  }
  return new URL(target.url);
}

async function runOnServer(serverUrl: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
