import "server-only";
import {
  type Database,
  jsonRecordset,
  queryRows,
  type RecordsetColumn,
  type Sql,
  sql,
  sqlColumn,
} from "@jiji/db";
import { z } from "zod";
import { type LocalDay, recentLocalDays } from "@/lib/time-zone";
import { computeStreak, type Streak } from "./streak";

export const CHART_WEEKS = 12;
const WINDOW_DAYS = CHART_WEEKS * 7;
/** Further days checked per query once a streak is longer than the chart window. */
const STREAK_CHUNK_DAYS = 180;
const MAX_STREAK_CHUNKS = 10;

export type DayActivity = { key: string; answered: number };
export type WeekAccuracy = {
  /** First and last local day of the week, oldest week first. */
  firstDay: string;
  lastDay: string;
  /** Answers in the quizzes finished that week. */
  answered: number;
  correct: number;
  /** null for a week without finished quizzes (a gap in the chart, not a zero). */
  accuracy: number | null;
};
export type StudyActivity = { streak: Streak; weeks: WeekAccuracy[] };

/**
 * Answers per local day. Each day is a COUNT over a range of the covering index Response(userId, createdAt), so it
 * never reads the rows themselves. Day boundaries are computed in JS for the user's own zone (exact across DST).
 */
export async function countAnswersByDay(
  db: Database,
  userId: string,
  days: readonly LocalDay[],
): Promise<DayActivity[]> {
  const rows = await countPerRange(
    db,
    days,
    sql`(SELECT COUNT(*) FROM "Response" x WHERE x."userId" = ${userId}
      AND x."createdAt" >= r."start" AND x."createdAt" < r."end") AS "answered"`,
    z.object({ answered: sqlColumn.number }),
  );
  return days.map((day, index) => ({ key: day.key, answered: rows.get(index)?.answered ?? 0 }));
}

/** Accuracy of the quizzes finished in each range, from Attempt(userId, finishedAt): a few rows per week. */
async function accuracyByWeek(
  db: Database,
  userId: string,
  weeks: readonly { start: Date; end: Date }[],
  now: Date,
): Promise<{ answered: number; correct: number }[]> {
  const finishedIn = sql`FROM "Attempt" a WHERE a."userId" = ${userId} AND a."finishedAt" >= r."start"
    AND a."finishedAt" < r."end" AND (a."revealAt" IS NULL OR a."revealAt" <= ${now})`;
  const rows = await countPerRange(
    db,
    weeks,
    sql`(SELECT SUM(a."questionCount") ${finishedIn}) AS "answered",
      (SELECT SUM(a."correctCount") ${finishedIn}) AS "correct"`,
    z.object({ answered: sqlColumn.number, correct: sqlColumn.number }),
  );
  return weeks.map((_, index) => ({
    answered: rows.get(index)?.answered ?? 0,
    correct: rows.get(index)?.correct ?? 0,
  }));
}

/** The streak and weekly accuracy of the last 12 weeks, from two bounded queries (more only for long streaks). */
export async function loadStudyActivity(
  db: Database,
  userId: string,
  timeZone: string,
  now: Date,
): Promise<StudyActivity> {
  const days = recentLocalDays(now, timeZone, WINDOW_DAYS);
  const weekRanges = Array.from({ length: CHART_WEEKS }, (_, index) => {
    const week = CHART_WEEKS - 1 - index;
    const newest = days[week * 7]!;
    const oldest = days[week * 7 + 6]!;
    return { firstDay: oldest.key, lastDay: newest.key, start: oldest.start, end: newest.end };
  });
  const [daily, weekly] = await Promise.all([
    countAnswersByDay(db, userId, days),
    accuracyByWeek(db, userId, weekRanges, now),
  ]);
  const streak = await extendStreak(db, userId, timeZone, now, daily);
  const weeks = weekRanges.map((range, index) => {
    const { answered, correct } = weekly[index]!;
    return {
      firstDay: range.firstDay,
      lastDay: range.lastDay,
      answered,
      correct,
      accuracy: answered > 0 ? correct / answered : null,
    };
  });
  return { streak, weeks };
}

/** Only a streak that fills the whole window costs more queries: one per 180 further days. */
async function extendStreak(
  db: Database,
  userId: string,
  timeZone: string,
  now: Date,
  window: DayActivity[],
): Promise<Streak> {
  const studied = window.map((day) => day.answered > 0);
  let result = computeStreak(studied);
  for (let chunk = 0; result.reachesWindowEnd && chunk < MAX_STREAK_CHUNKS; chunk++) {
    const more = await countAnswersByDay(
      db,
      userId,
      recentLocalDays(now, timeZone, STREAK_CHUNK_DAYS, studied.length),
    );
    studied.push(...more.map((day) => day.answered > 0));
    result = computeStreak(studied);
  }
  return { days: result.days, isTodayStudied: result.isTodayStudied };
}

/**
 * One row per range, its index beside the figures `columns` computes from the range `r` ("start", "end"). The
 * ranges travel as ONE bound JSON parameter (jsonRecordset): a term and two parameters per range made a streak's
 * 180-day query cost more in Prisma's binding than in SQL.
 */
async function countPerRange<Row extends z.ZodType>(
  db: Database,
  ranges: readonly { start: Date; end: Date }[],
  columns: Sql,
  rowSchema: Row,
): Promise<Map<number, z.output<Row>>> {
  if (ranges.length === 0) return new Map();
  const recordset = jsonRecordset(
    db,
    ranges.map((range, index) => ({ range: index, start: range.start, end: range.end })),
    RANGE_COLUMNS,
  );
  const rows = await queryRows(
    db,
    sql`SELECT r."range", ${columns} FROM ${recordset} AS r`,
    z.looseObject({ range: sqlColumn.number }),
  );
  return new Map(rows.map((row) => [row.range, rowSchema.parse(row)]));
}

const RANGE_COLUMNS: RecordsetColumn[] = [
  { name: "range", type: "integer" },
  { name: "start", type: "timestamp" },
  { name: "end", type: "timestamp" },
];
