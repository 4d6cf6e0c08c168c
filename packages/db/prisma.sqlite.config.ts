// Prisma CLI config for the sqlite schema: the WebAssembly schema engine through a driver adapter (no downloads).
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./src/adapters";
import { resolveDatabaseTarget } from "./src/database-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/sqlite/schema.prisma",
  migrations: { path: "prisma/sqlite/migrations" },
  async adapter() {
    const target = resolveDatabaseTarget();
    if (target.provider !== "sqlite") {
      throw new Error(`prisma.sqlite.config.ts used with a ${target.provider} DATABASE_URL`);
    }
    return createAdapterFactory(target);
  },
});
