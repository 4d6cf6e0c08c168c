import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
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

/**
 * The providers tests run against: SQLite always, PostgreSQL only when TEST_DATABASE_URL names a server.
 * TEST_PROVIDERS (comma-separated) narrows that list: `pnpm test:pg` sets it to postgresql, since `npm test` has
 * already run every test on SQLite.
 */
export function testProviders(env: Env = process.env): Provider[] {
  const available = PROVIDERS.filter(
    (provider) => provider === "sqlite" || Boolean(env.TEST_DATABASE_URL?.trim()),
  );
  const wanted = env.TEST_PROVIDERS?.trim();
  if (!wanted) return available;
  const names = wanted.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!available.some((provider) => provider === name)) {
      throw new Error(
        `TEST_PROVIDERS names "${name}"; the providers available here are ${available.join(", ")}` +
          " (postgresql needs TEST_DATABASE_URL)",
      );
    }
  }
  return available.filter((provider) => names.includes(provider));
}

/**
 * A fresh, migrated, empty database: a temp SQLite file, or a new one on TEST_DATABASE_URL's server. Each is a copy
 * of a template migrated once (see `migratedTemplate`), not a run of the Prisma CLI per database.
 */
export async function createTestDatabase(provider: Provider, env: Env = process.env): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(provider, env, await migratedTemplate(provider, env));
  try {
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

/**
 * A fresh database without migrations, for tests that build the schema themselves; or, given a template (a
 * SQLite file or a PostgreSQL database name), a copy of it.
 */
export async function createEmptyTestDatabase(
  provider: Provider,
  env: Env = process.env,
  template?: string,
): Promise<EmptyTestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "jiji-test-"));
    const file = path.join(dir, "jiji.db");
    if (template) copyFileSync(template, file);
    const target = resolveDatabaseTarget({ DATABASE_URL: `file:${file}` });
    return { target, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const serverUrl = testPostgresUrl(env);
  const name = `${postgresBaseName(serverUrl)}_${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return {
    target: postgresTarget(serverUrl, name),
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

const packageRoot = path.resolve(import.meta.dirname, "..");

/** A digest of a provider's committed migration history: a template made from it is good while it is unchanged. */
function migrationsDigest(provider: Provider): string {
  const dir = path.join(packageRoot, "prisma", provider, "migrations");
  const hash = createHash("sha256");
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) hash.update(`${file}\0`).update(readFileSync(full)).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

const templates = new Map<string, Promise<string>>();

/**
 * A database migrated once with the committed history, to copy for each test database: a file in the temp folder
 * (SQLite), or a database `<TEST_DATABASE_URL's name>_tpl_<digest>` beside the throwaway one (PostgreSQL). Both are
 * named after the migrations' digest and kept, so later runs reuse them until a migration changes; each appears
 * whole or not at all (built under another name, then renamed), so parallel test processes never see half of one.
 */
function migratedTemplate(provider: Provider, env: Env): Promise<string> {
  const serverUrl = provider === "sqlite" ? null : testPostgresUrl(env);
  const key = serverUrl?.toString() ?? provider;
  let template = templates.get(key);
  if (!template) {
    template = serverUrl ? postgresTemplate(serverUrl) : sqliteTemplate();
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  return template;
}

async function sqliteTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `jiji-test-template-sqlite-${migrationsDigest("sqlite")}.db`);
  if (existsSync(file)) return file;
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiji-test-template-"));
  try {
    const building = path.join(dir, "jiji.db");
    migrateDatabase(resolveDatabaseTarget({ DATABASE_URL: `file:${building}` }));
    // The CLI has closed the database: no write-ahead log is left beside the file to lose in the copy.
    if (existsSync(`${building}-wal`)) throw new Error(`migrating ${building} left a write-ahead log`);
    renameSync(building, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return file;
}

async function postgresTemplate(serverUrl: URL): Promise<string> {
  const name = `${postgresBaseName(serverUrl)}_tpl_${migrationsDigest("postgresql")}`;
  const building = `${name}_new`;
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    // One builder at a time across test processes; the lock ends with the session.
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      migrateDatabase(postgresTarget(serverUrl, building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await client.end();
  }
  return name;
}

/** TEST_DATABASE_URL's database name, the prefix of every database the tests make beside it. */
function postgresBaseName(serverUrl: URL): string {
  const baseName = serverUrl.pathname.replace(/^\//, "");
  // Only [a-z0-9_], so names need no escaping, and short enough for the template's build name
  // (`<name>_tpl_<12 hex>_new`) to stay under PostgreSQL's 63 bytes.
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(baseName)) {
    throw new Error(`TEST_DATABASE_URL must name a database like /jiji_test (got "${baseName}")`);
  }
  return baseName;
}

function postgresTarget(serverUrl: URL, name: string): DatabaseTarget {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return resolveDatabaseTarget({ DATABASE_URL: url.toString() });
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
