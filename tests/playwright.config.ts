import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2eServerEnv, E2E_PORT as PORT, ROOT } from "./support/e2e-server-env";

const databaseUrl = process.env.E2E_DATABASE_URL ?? "";

// The journeys reset the database they run against: never let that be anything but a local one.
if (databaseUrl && !/^postgres(ql)?:\/\/[^/]*@?(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(databaseUrl)) {
  throw new Error(`E2E_DATABASE_URL must point at a local throwaway database, got ${databaseUrl}`);
}

const dataDir = process.env.E2E_DATA_DIR ?? "data/e2e";

export default defineConfig({
  testDir: "./e2e",
  // One output folder per data dir, so parallel runs on one checkout do not delete each other's traces.
  outputDir: path.join("test-results", path.basename(dataDir)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    locale: "ja-JP",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // A production server (`next start`) on a freshly reset database with the demo data.
    command: `pnpm --filter @jiji/db exec tsx scripts/reset.ts --yes && pnpm --filter @jiji/web exec next start --port ${PORT}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: e2eServerEnv(),
  },
});
