import { z } from "zod";
import type { Database } from "./client";
import { Prisma } from "./generated/sqlite/client";

// Raw SQL on Prisma's own tagged template (both generated clients share the runtime that defines it): values
// become bound parameters with each provider's placeholders (? or $n); nested fragments are spliced in.

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
/** `a, b, c` (or another separator): each value a bound parameter, each fragment spliced in. Refuses []. */
export const join = Prisma.join;
/** SQL text with no parameters, for identifiers fixed in code (never for values). */
export const raw = Prisma.raw;
export const empty = Prisma.empty;

/**
 * Refuses a column name that would need quoting (anything but letters), for the helpers that splice column names
 * fixed in code into SQL as `"name"` (queryPackedRows, jsonRecordset, columnList): a name is never escaped, only
 * checked. `use` names the helper in the error ("unsafe packed column name: …").
 */
export function checkColumnNames(columns: readonly { name: string }[], use: string): void {
  for (const { name } of columns)
    if (!/^[A-Za-z]+$/.test(name)) throw new Error(`unsafe ${use} column name: ${name}`);
}

/** Runs a query and checks every row against the schema, so a row's type is what was checked, not assumed. */
export async function queryRows<Schema extends z.ZodType>(
  db: Database,
  query: Sql,
  rowSchema: Schema,
): Promise<z.output<Schema>[]> {
  const rows = await db.$queryRaw<unknown[]>(query);
  return rows.map((row) => rowSchema.parse(row));
}

/**
 * Runs a statement that returns no rows; resolves to the number of rows it changed. Lazy like every Prisma
 * query, so it can also go into a batch `$transaction([...])`.
 */
export function executeSql(db: Database, query: Sql): ReturnType<Database["$executeRaw"]> {
  return db.$executeRaw(query);
}

/** COUNT and SUM come back as bigint from PostgreSQL and as number from SQLite; NULL (a SUM of nothing) is 0. */
export function toNumber(value: unknown): number {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  if (typeof value === "string") return Number(value);
  return 0;
}

/** Booleans come back as true/false from PostgreSQL and as 1/0 from SQLite. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "true";
}

/** Timestamps come back as Date from PostgreSQL and as ISO text from SQLite. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** Column schemas for raw rows, the same on both providers. */
export const sqlColumn = {
  text: z.string(),
  number: z.unknown().transform(toNumber),
  boolean: z.unknown().transform(toBoolean),
  date: z.unknown().transform(toDate),
  dateOrNull: z.unknown().transform((value) => (value === null ? null : toDate(value))),
};
