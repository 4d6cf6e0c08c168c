// `pnpm --filter @jiji/web start [--port N]`: `next start` with the server's Node.js options (server-node-options.mjs).
// NODE_OPTIONS must be set before Node starts, hence this small parent; it passes signals on and exits as next does.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { serverNodeOptions } from "./server-node-options.mjs";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
