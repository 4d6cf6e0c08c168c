import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Migrations spawn the Prisma CLI (seconds each); PostgreSQL runs add server round trips.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores, and every file spawns CLIs and hashes argon2 passwords: run files one at a time.
    fileParallelism: false,
  },
});
