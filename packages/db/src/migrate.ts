import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-url";

const packageRoot = path.resolve(import.meta.dirname, "..");

/** Applies the committed migration history of the target's provider (`prisma migrate deploy`). */
export function migrateDatabase(target: DatabaseTarget = resolveDatabaseTarget()): void {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  execFileSync(
    process.execPath,
    [prismaCli, "migrate", "deploy", "--config", `prisma.${target.provider}.config.ts`],
    {
      cwd: packageRoot,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: target.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    },
  );
}
