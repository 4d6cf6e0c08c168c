// The floor every page is compared with: a minimal Next.js app of the same versions as apps/web
// (floor-app/: one dynamic server page, one small client component), built and started in the same run.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "./bench-setup";
import { type RunningServer, stopProcess, waitUntilUp } from "./next-server";

const FLOOR_APP = path.join(import.meta.dirname, "floor-app");
const nextBin = () => createRequire(path.join(ROOT, "tests/package.json")).resolve("next/dist/bin/next");

export async function startFloorApp(port: number): Promise<RunningServer> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, [nextBin(), "build", FLOOR_APP], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const child = spawn(
    process.execPath,
    [nextBin(), "start", FLOOR_APP, "--port", String(port), "--hostname", "127.0.0.1"],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/`);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return { url, process: child, stop: () => stopProcess(child) };
}
