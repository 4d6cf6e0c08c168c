// Every date rule of the app in one module: the school's zone, local days, wall-clock input of forms, and dates
// as a person reads them.
import type { Locale } from "@jiji/content";

/** The school's zone: the zone of a signed-out visitor and of a new account, and the fallback of a broken one. */
export const SCHOOL_TIME_ZONE = "Asia/Tokyo";

/** The zone a new account studies in; `User.timeZone` holds the person's own choice. */
export const DEFAULT_TIME_ZONE = SCHOOL_TIME_ZONE;

const DAY_MS = 24 * 60 * 60 * 1000;
// Building an Intl.DateTimeFormat costs far more than using one: each is made once per locale, zone and shape.
const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** True for any IANA zone this runtime knows ("Asia/Tokyo", "Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    cachedFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A stored zone that this runtime no longer knows falls back to Tokyo rather than breaking the page. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

/** The calendar day ("2026-03-31") an instant falls on in a zone. */
export function localDayKey(instant: Date, timeZone: string): string {
  return cachedFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** Local wall-clock time minus UTC at an instant, in ms (+9 h for Tokyo). */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const format = cachedFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instantMs)).map((part) => [part.type, Number(part.value)]),
  );
  const wallClock = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wallClock - Math.floor(instantMs / 1000) * 1000;
}

/** The day `days` after (or before, when negative) a day key. */
export function addDays(dayKey: string, days: number): string {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant of a local day. Offsets are looked up at the day itself, so days around a DST change
 * are 23 or 25 hours long; where midnight does not exist (a DST jump at 00:00) the day starts an hour later.
 */
export function startOfLocalDay(dayKey: string, timeZone: string): Date {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(year, month - 1, day);
  let instant = wallMidnight - zoneOffsetMs(wallMidnight, timeZone);
  instant = wallMidnight - zoneOffsetMs(instant, timeZone);
  if (localDayKey(new Date(instant), timeZone) < dayKey) instant += 60 * 60 * 1000;
  return new Date(instant);
}

/**
 * The instant at which a zone's clocks (the person's own, `viewerTimeZone()`) show this wall-clock time (given as if it were UTC, `Date.UTC(…)`).
 * Looked up at the time itself, so it follows DST; a wall-clock time skipped by a DST jump lands an hour later.
 */
export function fromWallClock(wallClockMs: number, timeZone: string): Date {
  const guess = wallClockMs - zoneOffsetMs(wallClockMs, timeZone);
  return new Date(wallClockMs - zoneOffsetMs(guess, timeZone));
}

/** An instant as `<input type="datetime-local">` wants it ("2026-04-01T09:00"), on the zone's clocks. */
export function toWallClockInput(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

export type LocalDay = { key: string; start: Date; end: Date };

/** `count` local days back from today (index 0), skipping the `skip` most recent; each a [start, end) range. */
export function recentLocalDays(now: Date, timeZone: string, count: number, skip = 0): LocalDay[] {
  const today = localDayKey(now, timeZone);
  const days: LocalDay[] = [];
  let end = startOfLocalDay(addDays(today, 1 - skip), timeZone);
  for (let index = skip; index < skip + count; index++) {
    const key = addDays(today, -index);
    const start = startOfLocalDay(key, timeZone);
    days.push({ key, start, end });
    end = start;
  }
  return days;
}

/** How much of an instant a page shows: day and time (the default), the day only, the time only, or a long day. */
export type DateTimeStyle = "dateTime" | "date" | "time" | "longDateTime";

const STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "medium" },
  time: { timeStyle: "short" },
  longDateTime: { dateStyle: "long", timeStyle: "short" },
};

/**
 * An instant as the viewer reads it: in their locale and on the clocks of their zone (`viewerTimeZone()` on the
 * server). Every date a page shows goes through here, so no page writes Tokyo time for a reader in New York.
 */
export function formatDateTime(
  instant: Date,
  { locale, timeZone, style = "dateTime" }: { locale: Locale; timeZone: string; style?: DateTimeStyle },
): string {
  return cachedFormat(locale, { ...STYLES[style], timeZone }).format(instant);
}

/** "2026-04-08 09:00:00" on a zone's clocks: for files a spreadsheet sorts (the report's CSV). */
export function formatSortableDateTime(instant: Date, timeZone: string): string {
  return cachedFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).format(instant);
}
