// Generates one Prisma client per provider. Generation reads, but never connects to, DATABASE_URL:
// a provider-shaped placeholder keeps the CLI from falling back to downloading a native engine.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { PROVIDERS } from "../src/provider-schemas";

const PLACEHOLDER_URL = {
  sqlite: "file:./generate-placeholder.db",
  postgresql: "postgresql://localhost/placeholder",
};
const cwd = path.resolve(import.meta.dirname, "..");

for (const provider of PROVIDERS) {
  execFileSync("prisma", ["generate", "--no-hints", "--config", `prisma.${provider}.config.ts`], {
    cwd,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: PLACEHOLDER_URL[provider], PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
