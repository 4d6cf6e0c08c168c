import { describe, expect, it } from "vitest";
import { testProviders } from "./testing";

describe("testProviders", () => {
  const server = "postgresql://postgres@127.0.0.1:5432/jiji_test";

  it("is SQLite alone without a PostgreSQL server, and both with one", () => {
    expect(testProviders({})).toEqual(["sqlite"]);
    expect(testProviders({ TEST_DATABASE_URL: " " })).toEqual(["sqlite"]);
    expect(testProviders({ TEST_DATABASE_URL: server })).toEqual(["sqlite", "postgresql"]);
  });

  it("is narrowed by TEST_PROVIDERS", () => {
    expect(testProviders({ TEST_DATABASE_URL: server, TEST_PROVIDERS: "postgresql" })).toEqual([
      "postgresql",
    ]);
    expect(testProviders({ TEST_DATABASE_URL: server, TEST_PROVIDERS: " sqlite " })).toEqual(["sqlite"]);
    expect(testProviders({ TEST_DATABASE_URL: server, TEST_PROVIDERS: "postgresql, sqlite" })).toEqual([
      "sqlite",
      "postgresql",
    ]);
  });

  it("refuses a provider it cannot run rather than running nothing", () => {
    expect(() => testProviders({ TEST_PROVIDERS: "postgresql" })).toThrow(
      /postgresql needs TEST_DATABASE_URL/,
    );
    expect(() => testProviders({ TEST_DATABASE_URL: server, TEST_PROVIDERS: "mysql" })).toThrow(/"mysql"/);
  });
});
