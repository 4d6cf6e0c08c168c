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
run("pnpm", ["turbo", "run", "test", "--concurrency=1"], { env });
run("pnpm", ["turbo", "run", "build", "--filter=@jiji/web"], { env });
run("pnpm", ["--filter", "@jiji/tests", "run", "e2e"], { env: { ...env, E2E_DATABASE_URL: url } });
console.log("\n✓ PostgreSQL suite passed");
