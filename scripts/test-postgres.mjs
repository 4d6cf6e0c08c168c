// `pnpm test:pg`: the database tests and the browser journeys against PostgreSQL.
// TEST_DATABASE_URL names an empty, throwaway database; .ci/run creates and drops one.
import { ensureChromium, run } from "./lib.mjs";

const url = process.env.TEST_DATABASE_URL;
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error("✗ Set TEST_DATABASE_URL=postgresql://user@host:5432/<empty throwaway database>");
  process.exit(2);
}
ensureChromium();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TEST_DATABASE_URL: url };
// The database tests on PostgreSQL only: `npm test` runs all of them, and the content package's, on SQLite.
const testEnv = { ...env, TEST_PROVIDERS: "postgresql" };
run("pnpm", ["turbo", "run", "test", "--filter=@jiji/db", "--filter=@jiji/web", "--concurrency=1"], {
  env: testEnv,
});
run("pnpm", ["turbo", "run", "build", "--filter=@jiji/web"], { env });
run("pnpm", ["--filter", "@jiji/tests", "run", "e2e"], { env: { ...env, E2E_DATABASE_URL: url } });
console.log("\n✓ PostgreSQL suite passed");
