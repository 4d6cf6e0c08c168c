// Authors the next migration for BOTH providers by diffing the schema snapshot kept beside the newest
// migration against the current schema. (`migrate dev` and shadow-database diffs through driver adapters
// are unreliable here; the migration-history test proves each history still builds the model exactly.)
// Usage: pnpm --filter @jiji/db migration:new <snake_case_name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS } from "../src/provider-schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: migration:new <snake_case_name>");
  process.exit(2);
}
const SNAPSHOT_FILE = "schema.snapshot.prisma";
const root = path.resolve(import.meta.dirname, "..");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
// The diff changes no database, but the pg adapter connects on start: any reachable server will do.
const placeholderUrl = {
  sqlite: "file:./placeholder.db",
  postgresql: process.env.AUTHORING_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

for (const provider of PROVIDERS) {
  const migrationsDir = path.join(root, "prisma", provider, "migrations");
  mkdirSync(migrationsDir, { recursive: true });
  const latest = readdirSync(migrationsDir)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort()
    .at(-1);
  const schemaFile = path.join(root, "prisma", provider, "schema.prisma");
  const from = latest
    ? ["--from-schema-datamodel", path.join(migrationsDir, latest, SNAPSHOT_FILE)]
    : ["--from-empty"];
  const sql = execFileSync(
    "prisma",
    [
      "migrate",
      "diff",
      "--config",
      `prisma.${provider}.config.ts`,
      ...from,
      "--to-schema-datamodel",
      schemaFile,
      "--script",
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: placeholderUrl[provider] } },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schemaFile, path.join(dir, SNAPSHOT_FILE));
  const lockFile = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockFile)) writeFileSync(lockFile, `provider = "${provider}"\n`);
  console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
}
