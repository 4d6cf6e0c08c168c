import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryPackedRows } from "./packed-rows";
import { PROVIDERS } from "./provider-schemas";
import { sql } from "./raw-sql";
import { createTestDatabase, type TestDatabase, testProviders } from "./testing";

const COLUMNS = {
  key: "text",
  count: "number",
  isRepeated: "boolean",
  windowStart: "timestamp",
  lockedUntil: "timestamp?",
} as const;
// A comparison is 0/1 in SQLite and a boolean in PostgreSQL; both must come back as a boolean.
const SELECT = sql`SELECT "key", "count", ("count" > 1) AS "isRepeated", "windowStart", "lockedUntil" FROM "RateLimit"`;

for (const provider of PROVIDERS) {
  describe.skipIf(!testProviders().includes(provider))(`queryPackedRows on ${provider}`, () => {
    let testDb: TestDatabase | undefined;
    const db = () => testDb!.db;
    const windowStart = new Date("2026-04-01T09:30:15.123Z");
    const lockedUntil = new Date("2026-12-31T23:59:59.999Z");

    beforeAll(async () => {
      testDb = await createTestDatabase(provider);
      await db().rateLimit.createMany({
        data: [
          { key: "a", count: 2, windowStart },
          { key: "b", count: 1, windowStart, lockedUntil },
        ],
      });
    });
    afterAll(async () => {
      await testDb?.drop();
    });

    it("reads every row, column and type as Prisma would: text, numbers, booleans, UTC instants and nulls", async () => {
      const rows = await queryPackedRows(db(), SELECT, COLUMNS);
      const byPrisma = await db().rateLimit.findMany();
      const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
      expect(rows.sort(byKey)).toEqual(
        byPrisma.sort(byKey).map((row) => ({ ...row, isRepeated: row.count > 1 })),
      );
      expect(rows).toEqual([
        { key: "a", count: 2, isRepeated: true, windowStart, lockedUntil: null },
        { key: "b", count: 1, isRepeated: false, windowStart, lockedUntil },
      ]);
    });

    it('refuses a NULL in a column not marked nullable ("?"): the row is checked, not assumed', async () => {
      await expect(queryPackedRows(db(), SELECT, { ...COLUMNS, lockedUntil: "timestamp" })).rejects.toThrow();
    });

    it("gives [] for no rows, binds values as parameters and refuses a column name it would have to quote", async () => {
      const quote = "x' OR '1'='1";
      expect(
        await queryPackedRows(db(), sql`SELECT * FROM (${SELECT}) AS r WHERE "key" = ${quote}`, COLUMNS),
      ).toEqual([]);
      await expect(queryPackedRows(db(), sql`SELECT 1 AS "a"`, { 'a", "b': "text" })).rejects.toThrow(
        "unsafe packed column name",
      );
    });
  });
}
