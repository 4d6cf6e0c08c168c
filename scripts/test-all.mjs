// `npm test`: every check and every test on the embedded default (SQLite).
// The PostgreSQL suite runs separately: `pnpm test:pg` (see README).
import { ensureChromium, installDependencies, run } from "./lib.mjs";

installDependencies();
ensureChromium();
run("pnpm", ["exec", "biome", "check", "."]);
run("pnpm", ["--filter", "@jiji/content", "run", "content:check"]);
run("pnpm", ["turbo", "run", "typecheck", "test", "build", "--concurrency=1"]);
run("pnpm", ["--filter", "@jiji/tests", "run", "e2e"]);
console.log("\n✓ all checks and tests passed");
