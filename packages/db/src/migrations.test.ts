import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseTarget } from "./database-url";
import { migrateDatabase } from "./migrate";
import { PROVIDERS, type Provider, renderProviderSchema } from "./provider-schemas";
import { createEmptyTestDatabase, type EmptyTestDatabase, testProviders } from "./testing";

const packageRoot = path.resolve(import.meta.dirname, "..");
const migrationsDir = (provider: Provider) => path.join(packageRoot, "prisma", provider, "migrations");

/** Folder names of a provider's committed migrations, oldest first. */
function migrationNames(provider: Provider): string[] {
  return readdirSync(migrationsDir(provider), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** SQL building the provider's data model from nothing, as `prisma migrate diff --from-empty` writes it. */
function renderModelSql(target: DatabaseTarget): string {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const schema = `prisma/${target.provider}/schema.prisma`;
  const args = ["migrate", "diff", "--config", `prisma.${target.provider}.config.ts`, "--from-empty"];
  return execFileSync(process.execPath, [prismaCli, ...args, "--to-schema-datamodel", schema, "--script"], {
    cwd: packageRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: target.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

async function applySql(target: DatabaseTarget, sql: string): Promise<void> {
  if (target.provider === "sqlite") {
    const client = createClient({ url: target.url });
    try {
      await client.executeMultiple(sql);
    } finally {
      client.close();
    }
    return;
  }
  await withPostgres(target, (client) => client.query(sql));
}

async function withPostgres<T>(target: DatabaseTarget, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

type Row = Record<string, unknown>;
/** Per table: what introspection reports about it, in an order that does not depend on creation order. */
type SchemaSnapshot = Record<string, Record<string, unknown>>;

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
const byName = (a: Row, b: Row) => String(a.name).localeCompare(String(b.name));

/** Introspects every application table (not `_prisma_migrations`) into a snapshot to compare with toEqual. */
async function describeSchema(target: DatabaseTarget): Promise<SchemaSnapshot> {
  return target.provider === "sqlite" ? describeSqliteSchema(target) : describePostgresSchema(target);
}

async function describeSqliteSchema(target: DatabaseTarget): Promise<SchemaSnapshot> {
  const client = createClient({ url: target.url });
  const rows = async (sql: string) => (await client.execute(sql)).rows.map((row) => ({ ...row }) as Row);
  const quote = (name: unknown) => `"${String(name).replaceAll('"', '""')}"`;
  try {
    const snapshot: SchemaSnapshot = {};
    const tables = (await rows("PRAGMA table_list")).filter(
      (table) =>
        table.schema === "main" &&
        !String(table.name).startsWith("sqlite_") &&
        table.name !== "_prisma_migrations",
    );
    for (const { name, type, wr, strict } of tables) {
      // Columns by name: ADD COLUMN appends, while the model SQL lists columns in model order.
      const columns = (await rows(`PRAGMA table_info(${quote(name)})`))
        .map(({ cid: _cid, ...column }) => column)
        .sort(byName);
      const indexes = [];
      for (const { seq: _seq, ...index } of (await rows(`PRAGMA index_list(${quote(name)})`)).sort(byName)) {
        const keyColumns = (await rows(`PRAGMA index_info(${quote(index.name)})`)).sort(
          (a, b) => Number(a.seqno) - Number(b.seqno),
        );
        indexes.push({ ...index, columns: keyColumns.map((column) => column.name) });
      }
      const foreignKeys = new Map<unknown, Row & { from: unknown[]; to: unknown[] }>();
      for (const { id, seq: _seq, from, to, ...rule } of await rows(
        `PRAGMA foreign_key_list(${quote(name)})`,
      )) {
        const key = foreignKeys.get(id) ?? { ...rule, from: [], to: [] };
        key.from.push(from);
        key.to.push(to);
        foreignKeys.set(id, key);
      }
      snapshot[String(name)] = {
        type,
        wr,
        strict,
        columns,
        indexes,
        foreignKeys: [...foreignKeys.values()].sort(byJson),
      };
    }
    return snapshot;
  } finally {
    client.close();
  }
}

async function describePostgresSchema(target: DatabaseTarget): Promise<SchemaSnapshot> {
  return withPostgres(target, async (client) => {
    const rows = async (sql: string) => (await client.query<Row & { table: string }>(sql)).rows;
    // Columns by name, not ordinal_position: ADD COLUMN appends, the model SQL lists them in model order.
    const columns = await rows(`
      SELECT table_name AS "table", column_name AS name, data_type, udt_name, is_nullable, column_default,
             character_maximum_length, numeric_precision, numeric_scale, datetime_precision, collation_name,
             is_identity, identity_generation, is_generated, generation_expression
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const indexes = await rows(`
      SELECT tablename AS "table", indexname AS name, indexdef AS definition
      FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename, indexname`);
    const constraints = await rows(`
      SELECT rel.relname AS "table", con.conname AS name, con.contype AS type,
             pg_get_constraintdef(con.oid) AS definition
      FROM pg_constraint con
      JOIN pg_class rel ON rel.oid = con.conrelid
      JOIN pg_namespace ns ON ns.oid = rel.relnamespace
      WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'
      ORDER BY rel.relname, con.conname`);
    const snapshot: SchemaSnapshot = {};
    const tableOf = (table: string) => (snapshot[table] ??= { columns: [], indexes: [], constraints: [] });
    for (const [kind, list] of Object.entries({ columns, indexes, constraints })) {
      for (const { table, ...row } of list) (tableOf(table)[kind] as Row[]).push(row);
    }
    return snapshot;
  });
}

/** Builds a throwaway database from `sql` and returns its introspected schema. */
async function schemaBuiltBy(provider: Provider, sql: string): Promise<SchemaSnapshot> {
  const empty = await createEmptyTestDatabase(provider);
  try {
    await applySql(empty.target, sql);
    return await describeSchema(empty.target);
  } finally {
    await empty.drop();
  }
}

/** Replaces `from` with `to`, failing loudly when the model SQL no longer contains `from`. */
function edit(sql: string, from: string, to: string): string {
  if (!sql.includes(from)) throw new Error(`the model SQL no longer contains ${from}; update this test case`);
  return sql.replace(from, to);
}

const note = (columns: string) => `\nCREATE TABLE "Note" (${columns});\n`;
const noteOwnedBy = (onDelete: string) =>
  note(
    `"id" TEXT NOT NULL PRIMARY KEY, "userId" TEXT NOT NULL, ` +
      `CONSTRAINT "Note_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE ${onDelete}`,
  );

/** Pairs of schemas that must compare unequal: each proves the comparison sees one kind of difference. */
const DIFFERENT_SCHEMAS: {
  difference: string;
  left: (sql: string) => string;
  right: (sql: string) => string;
}[] = [
  {
    difference: "a column default",
    left: (sql) => sql,
    right: (sql) => edit(sql, "DEFAULT 'student'", "DEFAULT 'teacher'"),
  },
  {
    difference: "a column's nullability",
    left: (sql) => sql,
    right: (sql) => edit(sql, '"name" TEXT NOT NULL', '"name" TEXT'),
  },
  {
    difference: "a column's type",
    left: (sql) => sql,
    right: (sql) => edit(sql, '"sessionVersion" INTEGER', '"sessionVersion" BIGINT'),
  },
  {
    difference: "a missing column",
    left: (sql) => sql,
    right: (sql) => edit(sql, '"name" TEXT NOT NULL,', ""),
  },
  {
    difference: "an index's uniqueness",
    left: (sql) => sql,
    right: (sql) => edit(sql, 'CREATE UNIQUE INDEX "User_email_key"', 'CREATE INDEX "User_email_key"'),
  },
  {
    difference: "an extra index",
    left: (sql) => sql,
    right: (sql) => `${sql}\nCREATE INDEX "User_name_idx" ON "User"("name");\n`,
  },
  {
    difference: "an index's columns",
    left: (sql) => `${sql}\nCREATE INDEX "User_extra_idx" ON "User"("name");\n`,
    right: (sql) => `${sql}\nCREATE INDEX "User_extra_idx" ON "User"("role");\n`,
  },
  {
    difference: "an extra table",
    left: (sql) => sql,
    right: (sql) => sql + noteOwnedBy("CASCADE"),
  },
  {
    difference: "a foreign key's delete rule",
    left: (sql) => sql + noteOwnedBy("CASCADE"),
    right: (sql) => sql + noteOwnedBy("RESTRICT"),
  },
];

describe("committed Prisma files", () => {
  const model = readFileSync(path.join(packageRoot, "prisma/model.prisma"), "utf8");

  it.each(PROVIDERS)("prisma/%s/schema.prisma is exactly what prisma/model.prisma renders", (provider) => {
    const committed = readFileSync(path.join(packageRoot, "prisma", provider, "schema.prisma"), "utf8");

    expect(committed, 'run "pnpm --filter @jiji/db schemas"').toBe(renderProviderSchema(provider, model));
  });

  it("every migration folder has a twin with the same name in the other provider's history", () => {
    const sqlite = migrationNames("sqlite");

    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationNames("postgresql")).toEqual(sqlite);
  });

  it.each(PROVIDERS)(
    "every %s migration folder holds a migration.sql, and the lock names the provider",
    (provider) => {
      for (const name of migrationNames(provider)) {
        expect(existsSync(path.join(migrationsDir(provider), name, "migration.sql")), name).toBe(true);
      }
      const lock = readFileSync(path.join(migrationsDir(provider), "migration_lock.toml"), "utf8");
      expect(lock).toMatch(new RegExp(`^provider = "${provider}"$`, "m"));
    },
  );
});

for (const provider of PROVIDERS) {
  describe.skipIf(!testProviders().includes(provider))(`${provider} migration history`, () => {
    const databases: EmptyTestDatabase[] = [];
    let migrated: SchemaSnapshot;
    let fromModel: SchemaSnapshot;
    let modelSql: string;

    beforeAll(async () => {
      const history = await createEmptyTestDatabase(provider);
      databases.push(history);
      migrateDatabase(history.target);
      migrated = await describeSchema(history.target);

      const model = await createEmptyTestDatabase(provider);
      databases.push(model);
      modelSql = renderModelSql(model.target);
      await applySql(model.target, modelSql);
      fromModel = await describeSchema(model.target);
    });
    afterAll(async () => {
      for (const database of databases) await database.drop();
    });

    it("applying the committed history builds exactly the schema the data model describes", () => {
      expect(modelSql).toContain('CREATE TABLE "User"');
      expect(Object.keys(fromModel)).toContain("User");
      expect(migrated).toEqual(fromModel);
    });

    describe("the schema comparison", () => {
      it.each(DIFFERENT_SCHEMAS)(
        "tells apart two schemas differing in $difference",
        async ({ left, right }) => {
          const leftSchema = await schemaBuiltBy(provider, left(modelSql));
          const rightSchema = await schemaBuiltBy(provider, right(modelSql));

          expect(leftSchema.User).toBeDefined();
          expect(rightSchema).not.toEqual(leftSchema);
        },
      );

      it("ignores column order, which ADD COLUMN migrations cannot reproduce", async () => {
        const idFirst = await schemaBuiltBy(
          provider,
          modelSql + note(`"id" TEXT NOT NULL, "body" TEXT NOT NULL`),
        );
        const bodyFirst = await schemaBuiltBy(
          provider,
          modelSql + note(`"body" TEXT NOT NULL, "id" TEXT NOT NULL`),
        );

        expect(idFirst.Note).toBeDefined();
        expect(bodyFirst).toEqual(idFirst);
      });
    });
  });
}
