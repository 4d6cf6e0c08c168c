import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-url";

/** The driver adapter factory for a target; shared by the runtime client and the Prisma CLI configs. */
export function createAdapterFactory(target: DatabaseTarget) {
  if (target.provider === "sqlite") return new PrismaLibSQL({ url: target.url });
  const url = new URL(target.url);
  // Discrete fields, not a connection string: the pg adapter's shadow database needs them.
  return new PrismaPg({
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: url.pathname.replace(/^\//, "") || "postgres",
    max: Number(url.searchParams.get("connection_limit") ?? 10),
    // Lets CLI runs (migrate, seed) exit as soon as they finish instead of after the 10 s idle timeout.
    allowExitOnIdle: true,
  });
}
