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
