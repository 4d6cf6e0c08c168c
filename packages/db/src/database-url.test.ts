import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseUrlError, findRepoRoot, resolveDatabaseTarget } from "./database-url";

const scratch = mkdtempSync(path.join(os.tmpdir(), "jiji-database-url-"));
const repoRoot = path.resolve(import.meta.dirname, "../../..");

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function rejectionOf(databaseUrl: string): DatabaseUrlError {
  try {
    resolveDatabaseTarget({ DATABASE_URL: databaseUrl });
  } catch (error) {
    if (error instanceof DatabaseUrlError) return error;
    throw error;
  }
  throw new Error(`DATABASE_URL "${databaseUrl}" was accepted`);
}

describe("resolveDatabaseTarget", () => {
  it("uses jiji.db in JIJI_DATA_DIR when DATABASE_URL is unset, creating the folder", () => {
    const dataDir = path.join(scratch, "unset", "data");
    const filePath = path.join(dataDir, "jiji.db");

    expect(resolveDatabaseTarget({ JIJI_DATA_DIR: dataDir })).toEqual({
      provider: "sqlite",
      url: `file:${filePath}`,
      filePath,
    });
    expect(existsSync(dataDir)).toBe(true);
  });

  it("treats a blank DATABASE_URL as unset", () => {
    const dataDir = path.join(scratch, "blank");

    expect(resolveDatabaseTarget({ DATABASE_URL: "  ", JIJI_DATA_DIR: dataDir })).toMatchObject({
      provider: "sqlite",
      filePath: path.join(dataDir, "jiji.db"),
    });
  });

  it.each(["file:./data/jiji-url-test.db", "file:data/jiji-url-test.db"])(
    "resolves the relative path %s against the repository root",
    (databaseUrl) => {
      const filePath = path.join(repoRoot, "data", "jiji-url-test.db");

      expect(findRepoRoot()).toBe(repoRoot);
      expect(resolveDatabaseTarget({ DATABASE_URL: databaseUrl })).toEqual({
        provider: "sqlite",
        url: `file:${filePath}`,
        filePath,
      });
    },
  );

  it.each(["file:", "file://"])(
    "uses an absolute path written as %s<path> as is, creating its folder",
    (prefix) => {
      const filePath = path.join(scratch, `absolute-${prefix.length}`, "nested", "jiji.db");

      expect(resolveDatabaseTarget({ DATABASE_URL: `${prefix}${filePath}` })).toEqual({
        provider: "sqlite",
        url: `file:${filePath}`,
        filePath,
      });
      expect(existsSync(path.dirname(filePath))).toBe(true);
    },
  );

  it.each([
    "postgresql://jiji:secret@db.example:5432/jiji",
    "postgres://jiji@localhost/jiji?connection_limit=5",
  ])("selects PostgreSQL for %s and keeps the URL unchanged", (databaseUrl) => {
    expect(resolveDatabaseTarget({ DATABASE_URL: ` ${databaseUrl} ` })).toEqual({
      provider: "postgresql",
      url: databaseUrl,
    });
  });

  it.each([
    ["an unknown scheme", "mysql://root@localhost:3306/jiji", /unknown scheme "mysql:"/],
    ["an unknown scheme", "http://localhost/jiji", /unknown scheme "http:"/],
    ["a file: URL without a path", "file:", /names no file/],
    ["a file: URL without a path", "file:   ", /names no file/],
    ["a file: URL without a path", "file://", /names no file/],
    ["a file: URL naming the root folder", "file:///", /names no file/],
    ["a malformed PostgreSQL URL", "postgresql://jiji@localhost:port/jiji", /not a valid URL/],
  ])("rejects %s (%s), naming DATABASE_URL and the accepted forms", (_kind, databaseUrl, reason) => {
    const error = rejectionOf(databaseUrl);

    expect(error.name).toBe("DatabaseUrlError");
    expect(error.message).toMatch(/^DATABASE_URL /);
    expect(error.message).toMatch(reason);
    expect(error.message).toContain("file:<path>");
    expect(error.message).toContain("postgresql://");
  });

  it("does not repeat the password of a malformed PostgreSQL URL in the error", () => {
    expect(rejectionOf("postgresql://jiji:hunter2@localhost:port/jiji").message).not.toContain("hunter2");
  });
});
