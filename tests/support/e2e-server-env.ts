// The environment of the e2e servers: SQLite in E2E_DATA_DIR by default, PostgreSQL when E2E_DATABASE_URL is set.
import path from "node:path";
import { serverEnvironment } from "../../apps/web/server-node-options.mjs";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);

/** What playwright.config.ts's server and any server a spec starts itself need to share one database. */
export function e2eServerEnv() {
  const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    // The production server's heap ceiling and malloc arenas (apps/web/server-node-options.mjs), as deployed.
    ...serverEnvironment(process.env),
    JIJI_DATA_DIR: path.resolve(ROOT, process.env.E2E_DATA_DIR ?? "data/e2e"),
    DATABASE_URL: databaseUrl,
    // SQLite keeps a generated secret in the data dir; PostgreSQL needs one given.
    AUTH_SECRET: databaseUrl ? "e2e-only-secret-not-for-production-0123456789" : "",
  };
}
