import "server-only";
import type { Database } from "@jiji/db";

/** A piece of SQL with its bound values, composable like Prisma.sql (which @jiji/db does not re-export). */
export type SqlFragment = { strings: readonly string[]; values: readonly unknown[] };

/** Tagged template: values become bound parameters; nested fragments are spliced in. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  const outStrings = [strings[0]!];
  const outValues: unknown[] = [];
  values.forEach((value, index) => {
    const next = strings[index + 1]!;
    if (isFragment(value)) {
      outStrings[outStrings.length - 1] += value.strings[0]!;
      for (let part = 1; part < value.strings.length; part++) {
        outValues.push(value.values[part - 1]);
        outStrings.push(value.strings[part]!);
      }
      outStrings[outStrings.length - 1] += next;
    } else {
      outValues.push(value);
      outStrings.push(next);
    }
  });
  return { strings: outStrings, values: outValues };
}

/** SQL text with no parameters, for identifiers fixed in code (never for values). */
export function rawSql(text: string): SqlFragment {
  return { strings: [text], values: [] };
}

export function joinSql(fragments: readonly SqlFragment[], separator: string): SqlFragment {
  const strings = [""];
  const values: unknown[] = [];
  fragments.forEach((fragment, index) => {
    strings[strings.length - 1] += (index > 0 ? separator : "") + fragment.strings[0]!;
    for (let part = 1; part < fragment.strings.length; part++) {
      values.push(fragment.values[part - 1]);
      strings.push(fragment.strings[part]!);
    }
  });
  return { strings, values };
}

/** `?, ?, ?` – each value a bound parameter, for `IN (…)`. */
export function sqlList(values: readonly unknown[]): SqlFragment {
  return joinSql(
    values.map((value) => sql`${value}`),
    ", ",
  );
}

/** Runs through $queryRaw's tagged-template form, so each provider gets its own placeholders (? or $n). */
export function queryRows<Row>(db: Database, fragment: SqlFragment): Promise<Row[]> {
  const strings = Object.assign([...fragment.strings], { raw: [...fragment.strings] });
  return db.$queryRaw<Row[]>(strings as unknown as TemplateStringsArray, ...fragment.values);
}

/**
 * Runs a statement that returns no rows; resolves to the number of rows it changed. Lazy like every Prisma
 * query, so it can also go into a batch `$transaction([...])`.
 */
export function executeSql(db: Database, fragment: SqlFragment): ReturnType<Database["$executeRaw"]> {
  const strings = Object.assign([...fragment.strings], { raw: [...fragment.strings] });
  return db.$executeRaw(strings as unknown as TemplateStringsArray, ...fragment.values);
}

/** COUNT and SUM come back as bigint from PostgreSQL and as number from SQLite. */
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

function isFragment(value: unknown): value is SqlFragment {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as SqlFragment).strings) &&
    Array.isArray((value as SqlFragment).values)
  );
}
