import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

/** Environment variables as read by the resolvers (process.env, or a test's own record). */
export type Env = Readonly<Record<string, string | undefined>>;

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

const ACCEPTED_FORMS =
  "accepted forms: unset (SQLite file in the data folder), file:<path> (SQLite), postgresql://user@host:port/db or postgres://…";

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  while (true) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/** Git-ignored folder for the SQLite file and the generated local AUTH_SECRET. */
export function resolveDataDir(env: Env = process.env): string {
  const dir = env.JIJI_DATA_DIR ? path.resolve(env.JIJI_DATA_DIR) : path.join(findRepoRoot(), "data");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Reads DATABASE_URL and decides the provider; refuses anything it does not understand. */
export function resolveDatabaseTarget(env: Env = process.env): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const filePath = path.join(resolveDataDir(env), "jiji.db");
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (raw.startsWith("file:")) {
    const rest = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!rest.replace(/\//g, "").trim())
      throw new DatabaseUrlError(`DATABASE_URL "${raw}" names no file; ${ACCEPTED_FORMS}`);
    const filePath = path.isAbsolute(rest) ? rest : path.resolve(findRepoRoot(), rest);
    mkdirSync(path.dirname(filePath), { recursive: true });
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid URL; ${ACCEPTED_FORMS}`);
    }
    return { provider: "postgresql", url: raw };
  }
  const scheme = raw.split(":")[0];
  throw new DatabaseUrlError(`DATABASE_URL has an unknown scheme "${scheme}:"; ${ACCEPTED_FORMS}`);
}
