import { describe, expect, it } from "vitest";
import type { Database } from "./client";
import { columnList, jsonRecordset } from "./json-recordset";
import { queryPackedRows } from "./packed-rows";
import { checkColumnNames, sql } from "./raw-sql";

// Column names are spliced into SQL quoted, never escaped: one check refuses any that would need escaping, for
// every helper that splices them. None of these reaches a database (the check comes first).
const noDatabase = undefined as unknown as Database;
const UNSAFE = ['a", "b', "x' OR '1'='1", "名前", "with space", "under_score", "digit1", ""];

describe("checkColumnNames", () => {
  it("accepts names of letters only", () => {
    expect(() => checkColumnNames([{ name: "windowStart" }, { name: "KEY" }], "packed")).not.toThrow();
  });

  it.each(UNSAFE)("refuses %j, naming the helper", (name) => {
    expect(() => checkColumnNames([{ name: "ok" }, { name }], "packed")).toThrow(
      `unsafe packed column name: ${name}`,
    );
  });

  it("is the check of queryPackedRows, jsonRecordset and columnList", async () => {
    const unsafe = { name: 'a", "b', type: "text" } as const;
    await expect(queryPackedRows(noDatabase, sql`SELECT 1`, { [unsafe.name]: unsafe.type })).rejects.toThrow(
      'unsafe packed column name: a", "b',
    );
    expect(() => jsonRecordset(noDatabase, [{}], [unsafe])).toThrow('unsafe recordset column name: a", "b');
    expect(() => columnList([unsafe])).toThrow('unsafe recordset column name: a", "b');
  });
});
