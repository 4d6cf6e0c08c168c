import { describe, expect, it } from "vitest";
import {
  addDays,
  formatDateTime,
  formatSortableDateTime,
  fromWallClock,
  localDayKey,
  recentLocalDays,
  SCHOOL_TIME_ZONE,
  startOfLocalDay,
  toWallClockInput,
} from "./time-zone";

describe("local days", () => {
  it("puts 23:00 UTC on the next day in Tokyo", () => {
    expect(localDayKey(new Date("2026-03-01T23:00:00Z"), "Asia/Tokyo")).toBe("2026-03-02");
    expect(localDayKey(new Date("2026-03-01T23:00:00Z"), "UTC")).toBe("2026-03-01");
  });

  it("starts a Tokyo day at 15:00 UTC the day before", () => {
    expect(startOfLocalDay("2026-03-02", "Asia/Tokyo").toISOString()).toBe("2026-03-01T15:00:00.000Z");
  });

  it("makes the day of a DST change 23 or 25 hours long in New York", () => {
    const springStart = startOfLocalDay("2026-03-08", "America/New_York");
    const springEnd = startOfLocalDay("2026-03-09", "America/New_York");
    expect(springStart.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect((springEnd.getTime() - springStart.getTime()) / 3_600_000).toBe(23);
    const fallStart = startOfLocalDay("2026-11-01", "America/New_York");
    const fallEnd = startOfLocalDay("2026-11-02", "America/New_York");
    expect((fallEnd.getTime() - fallStart.getTime()) / 3_600_000).toBe(25);
  });

  it("starts the day an hour late where midnight is skipped (Santiago, DST at 00:00)", () => {
    const start = startOfLocalDay("2026-09-06", "America/Santiago");
    expect(localDayKey(start, "America/Santiago")).toBe("2026-09-06");
    expect(localDayKey(new Date(start.getTime() - 1), "America/Santiago")).toBe("2026-09-05");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("lists contiguous day ranges back from today", () => {
    const days = recentLocalDays(new Date("2026-03-02T00:30:00+09:00"), "Asia/Tokyo", 3);
    expect(days.map((day) => day.key)).toEqual(["2026-03-02", "2026-03-01", "2026-02-28"]);
    expect(days[0]!.end.toISOString()).toBe("2026-03-02T15:00:00.000Z");
    expect(days[1]!.end).toEqual(days[0]!.start);
    expect(days[2]!.start.toISOString()).toBe("2026-02-27T15:00:00.000Z");
    const later = recentLocalDays(new Date("2026-03-02T00:30:00+09:00"), "Asia/Tokyo", 2, 3);
    expect(later.map((day) => day.key)).toEqual(["2026-02-27", "2026-02-26"]);
    expect(later[0]!.end).toEqual(days[2]!.start);
  });
});

describe("wall-clock input", () => {
  it("reads a datetime-local value in the school's zone (Tokyo, UTC+9) and writes it back", () => {
    const instant = fromWallClock(Date.UTC(2026, 3, 1, 9, 0), SCHOOL_TIME_ZONE);
    expect(instant.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(toWallClockInput(instant, SCHOOL_TIME_ZONE)).toBe("2026-04-01T09:00");
  });

  it("follows daylight saving time in a zone that has it", () => {
    expect(fromWallClock(Date.UTC(2026, 0, 15, 12, 0), "Europe/Berlin").toISOString()).toBe(
      "2026-01-15T11:00:00.000Z",
    );
    expect(fromWallClock(Date.UTC(2026, 6, 15, 12, 0), "Europe/Berlin").toISOString()).toBe(
      "2026-07-15T10:00:00.000Z",
    );
    expect(toWallClockInput(new Date("2026-07-15T10:00:00Z"), "Europe/Berlin")).toBe("2026-07-15T12:00");
  });
});

describe("dates as the viewer reads them", () => {
  const due = new Date("2026-05-02T13:00:00Z");

  it("writes one instant on the clocks of each viewer's zone", () => {
    expect(formatDateTime(due, { locale: "en", timeZone: "America/New_York" })).toBe("May 2, 2026, 9:00 AM");
    expect(formatDateTime(due, { locale: "en", timeZone: "Asia/Tokyo" })).toBe("May 2, 2026, 10:00 PM");
    expect(formatDateTime(due, { locale: "ja", timeZone: "Asia/Tokyo" })).toBe("2026/05/02 22:00");
  });

  it("changes the day where the zones' days differ", () => {
    const lateInNewYork = new Date("2026-05-03T02:30:00Z");
    expect(formatDateTime(lateInNewYork, { locale: "ja", timeZone: "America/New_York", style: "date" })).toBe(
      "2026/05/02",
    );
    expect(formatDateTime(lateInNewYork, { locale: "ja", timeZone: SCHOOL_TIME_ZONE, style: "date" })).toBe(
      "2026/05/03",
    );
  });

  it("follows daylight saving time", () => {
    const winter = new Date("2026-01-15T14:00:00Z");
    expect(formatDateTime(winter, { locale: "en", timeZone: "America/New_York", style: "time" })).toBe(
      "9:00 AM",
    );
    expect(formatDateTime(due, { locale: "en", timeZone: "America/New_York", style: "time" })).toBe(
      "9:00 AM",
    );
  });

  it("has a long style for reveal dates", () => {
    expect(formatDateTime(due, { locale: "en", timeZone: "America/New_York", style: "longDateTime" })).toBe(
      "May 2, 2026 at 9:00 AM",
    );
  });

  it("writes a sortable stamp for files on the zone's clocks", () => {
    expect(formatSortableDateTime(due, "America/New_York")).toBe("2026-05-02 09:00:00");
    expect(formatSortableDateTime(due, SCHOOL_TIME_ZONE)).toBe("2026-05-02 22:00:00");
  });

  it("formats the same as Intl does with the same options", () => {
    const expected = new Intl.DateTimeFormat("ja", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Berlin",
    }).format(due);
    expect(formatDateTime(due, { locale: "ja", timeZone: "Europe/Berlin" })).toBe(expected);
  });
});
