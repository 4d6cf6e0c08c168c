import { type Database, databaseProvider } from "./client";
import { checkColumnNames, raw, type Sql, sql } from "./raw-sql";

export type RecordsetColumn = { name: string; type: "text" | "integer" | "real" | "boolean" | "timestamp" };

const POSTGRES_TYPES: Record<RecordsetColumn["type"], string> = {
  text: "text",
  integer: "integer",
  real: "double precision",
  boolean: "boolean",
  timestamp: "timestamp(3)",
};

/**
 * Many rows as ONE bound parameter (JSON) that SQL unpacks into a table: `SELECT … FROM <this>`. Binding a
 * few thousand separate parameters costs Prisma more time than the statement itself; one string does not.
 * Dates are written as Prisma writes them (ISO with +00:00), so raw and Prisma rows compare alike on SQLite.
 */
export function jsonRecordset(
  db: Database,
  rows: readonly Record<string, unknown>[],
  columns: readonly RecordsetColumn[],
): Sql {
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map(({ name }) => [name, encodeValue(row[name])] as const))),
  );
  checkColumnNames(columns, "recordset");
  if (databaseProvider(db) === "postgresql") {
    const definition = columns.map(({ name, type }) => `"${name}" ${POSTGRES_TYPES[type]}`).join(", ");
    return sql`(SELECT * FROM json_to_recordset(CAST(${json} AS json)) AS r(${raw(definition)}))`;
  }
  const select = columns.map(({ name }) => `json_extract(value, '$.${name}') AS "${name}"`).join(", ");
  return sql`(SELECT ${raw(select)} FROM json_each(${json}))`;
}

function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value ?? null;
}

/** `"a", "b", …`: the column names of a recordset, fixed in code, for the INSERT and SELECT around it. */
export function columnList(columns: readonly RecordsetColumn[]): Sql {
  checkColumnNames(columns, "recordset");
  return raw(columns.map(({ name }) => `"${name}"`).join(", "));
}
