// Shared by the bootstrap scripts: they run with plain Node (no dependencies), before pnpm exists.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const PNPM_VERSION = "12.4.2";

export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

/** Runs a command in the foreground; a failure stops the whole script with its exit code. */
export function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: baseEnv, ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function pnpmVersion() {
  const result = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Installs the pinned pnpm with npm when it is missing or another version (corepack is not used). */
export function ensurePnpm() {
  if (pnpmVersion() === PNPM_VERSION) return;
  run("npm", ["install", "--global", `pnpm@${PNPM_VERSION}`]);
}

/** Installs the workspace exactly as locked. */
export function installDependencies() {
  ensurePnpm();
  run("pnpm", ["install", "--frozen-lockfile"]);
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Playwright cannot download browsers here: use Debian's chromium, installing it when we are root. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || spawnSync("which", ["apt-get"]).status !== 0) {
    console.error(
      `\n✗ The browser tests need Chromium at ${CHROMIUM_PATH}.\n` +
        "  Install the Debian package: sudo apt-get install -y chromium  (or set CHROMIUM_PATH)\n",
    );
    process.exit(1);
  }
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], {
    env: { ...baseEnv, DEBIAN_FRONTEND: "noninteractive" },
  });
}
