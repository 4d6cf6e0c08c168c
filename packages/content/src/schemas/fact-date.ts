import { z } from "zod";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = "year" | "month" | "day";

export function parsePartialDate(
  value: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: "day" };
}

export const partialDateSchema = z.string().refine((value) => parsePartialDate(value) !== null, {
  message: "must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD",
});

export const factDateSchema = z.object({
  value: partialDateSchema,
  /** The wording in the article, e.g. "昨年6月", kept because it may be ambiguous. */
  asWritten: z.string().optional(),
  /** True when the article does not state the date and it was derived (from a URL, from context). */
  isInferred: z.boolean().default(false),
  basis: z.string().optional(),
});

export type FactDate = z.infer<typeof factDateSchema>;

export function formatDateJa(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  if (parsed.precision === "year") return `${parsed.year}年`;
  if (parsed.precision === "month") return `${parsed.year}年${parsed.month}月`;
  return `${parsed.year}年${parsed.month}月${parsed.day}日`;
}

/** Two partial dates overlap when one is a prefix of the other (2024-06 overlaps 2024-06-19). */
export function datesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
