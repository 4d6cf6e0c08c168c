import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import type { BlockList } from "node:net";
import path from "node:path";
import { type DatabaseTarget, type Env, resolveDatabaseTarget, resolveDataDir } from "@jiji/db";
import { z } from "zod";
import { parseTrustedProxies } from "./forwarded-headers";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const envSchema = z.object({
  AUTH_SECRET: z
    .string()
    .min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type ServerConfig = {
  database: DatabaseTarget;
  authSecret: string;
  /** Proxies whose X-Forwarded-* headers are believed (TRUSTED_PROXIES); empty: none, the socket decides. */
  trustedProxies: BlockList;
  /** Benchmark-only reference routes (JIJI_BENCH_ROUTES=1); they answer 404 otherwise. */
  isBenchRoutesEnabled: boolean;
};

/** The one place the web app reads process.env: validated once, with messages that name the variable. */
export function loadServerConfig(env: Env = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join("; "));
  let database: DatabaseTarget;
  try {
    database = resolveDatabaseTarget(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  let trustedProxies: BlockList;
  try {
    trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return {
    database,
    trustedProxies,
    authSecret: parsed.data.AUTH_SECRET ?? localAuthSecret(database, env),
    isBenchRoutesEnabled: env.JIJI_BENCH_ROUTES === "1",
  };
}

/** On the embedded default a secret is generated once and kept in the data folder. */
function localAuthSecret(database: DatabaseTarget, env: Env): string {
  if (database.provider === "postgresql") {
    throw new ConfigError(
      "AUTH_SECRET is required with PostgreSQL: every app instance must sign sessions with the same secret " +
        "(generate one with: openssl rand -base64 32)",
    );
  }
  const file = path.join(resolveDataDir(env), "auth-secret");
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

let cached: ServerConfig | undefined;
export function serverConfig(): ServerConfig {
  cached ??= loadServerConfig();
  return cached;
}
