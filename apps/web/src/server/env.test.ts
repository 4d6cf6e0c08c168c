import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadServerConfig } from "./env";

const freshDataDir = () => mkdtempSync(path.join(tmpdir(), "jiji-env-"));

describe("loadServerConfig", () => {
  it("generates a local AUTH_SECRET once on the SQLite default and reuses it", () => {
    const dataDir = freshDataDir();
    const first = loadServerConfig({ JIJI_DATA_DIR: dataDir });
    const second = loadServerConfig({ JIJI_DATA_DIR: dataDir });
    expect(first.database.provider).toBe("sqlite");
    expect(first.authSecret).toHaveLength(43);
    expect(second.authSecret).toBe(first.authSecret);
    const file = path.join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first.authSecret);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it("uses AUTH_SECRET when it is set", () => {
    const secret = "x".repeat(40);
    expect(loadServerConfig({ JIJI_DATA_DIR: freshDataDir(), AUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(() => loadServerConfig({ JIJI_DATA_DIR: freshDataDir(), AUTH_SECRET: "short" })).toThrow(
      /AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("requires AUTH_SECRET with PostgreSQL, where several instances must share it", () => {
    const env = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/jiji" };
    expect(() => loadServerConfig(env)).toThrow(ConfigError);
    expect(() => loadServerConfig(env)).toThrow(/AUTH_SECRET is required with PostgreSQL/);
    expect(loadServerConfig({ ...env, AUTH_SECRET: "y".repeat(32) }).database.provider).toBe("postgresql");
  });

  it("names DATABASE_URL and the accepted forms for an unknown scheme", () => {
    expect(() => loadServerConfig({ DATABASE_URL: "mysql://root@localhost/jiji" })).toThrow(
      /DATABASE_URL has an unknown scheme "mysql:".*accepted forms/,
    );
  });

  it("reads TRUSTED_PROXIES and names a bad entry", () => {
    const dataDir = freshDataDir();
    const config = loadServerConfig({ JIJI_DATA_DIR: dataDir, TRUSTED_PROXIES: "10.0.0.0/8, ::1" });
    expect(config.trustedProxies.check("10.2.3.4")).toBe(true);
    expect(config.trustedProxies.check("::1", "ipv6")).toBe(true);
    expect(loadServerConfig({ JIJI_DATA_DIR: dataDir }).trustedProxies.check("127.0.0.1")).toBe(false);
    expect(() => loadServerConfig({ JIJI_DATA_DIR: dataDir, TRUSTED_PROXIES: "lb.internal" })).toThrow(
      ConfigError,
    );
  });
});
