// Prisma CLI config for the postgresql schema: the WebAssembly schema engine through a driver adapter (no downloads).
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./src/adapters";
import { resolveDatabaseTarget } from "./src/database-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/postgresql/schema.prisma",
  migrations: { path: "prisma/postgresql/migrations" },
  async adapter() {
    const target = resolveDatabaseTarget();
    if (target.provider !== "postgresql") {
      throw new Error(`prisma.postgresql.config.ts used with a ${target.provider} DATABASE_URL`);
    }
    return createAdapterFactory(target);
  },
});
