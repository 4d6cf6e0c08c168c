// `pnpm --filter @jiji/web start [--port N]`: `next start` in the server's environment (server-node-options.mjs).
// NODE_OPTIONS and MALLOC_ARENA_MAX must be set before Node starts, hence this small parent; it passes signals on
// and exits as next does.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { serverEnvironment } from "./server-node-options.mjs";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, ...serverEnvironment(process.env) },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
