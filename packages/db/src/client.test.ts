import { describe, expect, it, vi } from "vitest";
import { createTestDatabase, testProviders } from "./testing";

describe.each(testProviders())("databaseProvider on %s", (provider) => {
  it("names the database of a client made by another copy of this module (Next bundles it more than once)", async () => {
    const test = await createTestDatabase(provider);
    try {
      vi.resetModules();
      const otherCopy = await import("./client");
      expect(otherCopy.databaseProvider(test.db)).toBe(provider);
    } finally {
      await test.drop();
    }
  });
});

describe("the SQLite client across transactions", () => {
  // @libsql/client hands its connection to each transaction and used to open a new one for the next statement,
  // leaving the old one (page cache, statements) to the garbage collector and the new one without our PRAGMAs;
  // patches/@libsql__client@0.8.1.patch gives the connection back when the transaction ends.
  it("keeps its one connection and its settings after batch and interactive transactions", async () => {
    const test = await createTestDatabase("sqlite");
    try {
      const busyTimeout = async () =>
        (await test.db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout"))[0]?.timeout;
      expect(Number(await busyTimeout())).toBe(10000);
      await test.db.$transaction([test.db.user.count(), test.db.user.count()]);
      expect(Number(await busyTimeout())).toBe(10000);
      await test.db.$transaction(async (tx) => tx.user.count());
      await expect(
        test.db.$transaction(async (tx) => {
          await tx.user.count();
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(Number(await busyTimeout())).toBe(10000);
    } finally {
      await test.drop();
    }
  });
});
