import { parsePartialDate } from "../schemas/fact-date";

/** A date the sentence states, resolved to YYYY, YYYY-MM or YYYY-MM-DD. */
export type FoundDate = { value: string; asWritten: string; start: number; isRelative: boolean };

const DIGITS = "[0-9０-９]";
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };
const YEAR_OFFSET: Record<string, number> = { 一昨年: -2, 昨年: -1, 去年: -1, 今年: 0, 本年: 0, 来年: 1 };
const MONTH_OFFSET: Record<string, number> = { 先月: -1, 今月: 0, 来月: 1 };

const DATE_PATTERN = new RegExp(
  [
    `(?<era>令和|平成|昭和)(?<eraYear>元|${DIGITS}{1,2})年(?:(?<eraMonth>${DIGITS}{1,2})月(?:(?<eraDay>${DIGITS}{1,2})日)?)?`,
    `(?<relYear>一昨年|昨年|去年|今年|本年|来年)(?:(?<relYearMonth>${DIGITS}{1,2})月(?:(?<relYearDay>${DIGITS}{1,2})日)?)?`,
    `(?<relMonth>先月|今月|来月)(?:(?<relMonthDay>${DIGITS}{1,2})日)?`,
    `(?:(?<year>${DIGITS}{4})年(?![間代度]))?(?<month>${DIGITS}{1,2})月(?:(?<day>${DIGITS}{1,2})日)?`,
    `(?<yearOnly>${DIGITS}{4})年(?![間代度])`,
  ].join("|"),
  "g",
);

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === "元") return 1;
  return Number(text.normalize("NFKC"));
}

function format(year: number, month?: number, day?: number): string | null {
  const parts = [String(year).padStart(4, "0")];
  if (month !== undefined) parts.push(String(month).padStart(2, "0"));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, "0"));
  const value = parts.join("-");
  return parsePartialDate(value) ? value : null;
}

/**
 * Every date a sentence states: absolute (2024年6月19日, 6月19日 in the published year), era years (令和6年,
 * 平成元年) and relative ones resolved against the published date (昨年6月, 今年, 先月20日).
 */
export function findDates(sentence: string, publishedDate: string): FoundDate[] {
  const published = parsePartialDate(publishedDate);
  if (!published) throw new Error(`published date "${publishedDate}" is not YYYY[-MM[-DD]]`);
  const found: FoundDate[] = [];
  for (const match of sentence.matchAll(DATE_PATTERN)) {
    const g = match.groups ?? {};
    let value: string | null = null;
    let isRelative = false;
    if (g.era) {
      value = format(ERA_START[g.era]! + toNumber(g.eraYear)! - 1, toNumber(g.eraMonth), toNumber(g.eraDay));
    } else if (g.relYear) {
      isRelative = true;
      value = format(
        published.year + YEAR_OFFSET[g.relYear]!,
        toNumber(g.relYearMonth),
        toNumber(g.relYearDay),
      );
    } else if (g.relMonth) {
      if (published.month === undefined) continue;
      isRelative = true;
      const monthIndex = published.year * 12 + published.month - 1 + MONTH_OFFSET[g.relMonth]!;
      value = format(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, toNumber(g.relMonthDay));
    } else if (g.month) {
      isRelative = g.year === undefined;
      value = format(toNumber(g.year) ?? published.year, toNumber(g.month), toNumber(g.day));
    } else if (g.yearOnly) {
      value = format(toNumber(g.yearOnly)!);
    }
    if (value) found.push({ value, asWritten: match[0], start: match.index, isRelative });
  }
  return found;
}
