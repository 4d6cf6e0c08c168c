import "server-only";
import { type Database, join, queryRows, raw, type Sql, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { type LocalDay, recentLocalDays } from "@/lib/time-zone";
import { computeStreak, type Streak } from "./streak";

export const CHART_WEEKS = 12;
const WINDOW_DAYS = CHART_WEEKS * 7;
/** Further days checked per query once a streak is longer than the chart window (SQLite allows 500 UNION terms). */
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
 * Answers per local day, one UNION ALL term per day. Each term is a COUNT over a range of the covering
 * index Response(userId, createdAt), so it never reads the rows themselves. Day boundaries are computed in
 * JS for the user's own zone (exact across DST), and compared with the column itself, so both providers
 * type the parameters without casts.
 */
export async function countAnswersByDay(
  db: Database,
  userId: string,
  days: readonly LocalDay[],
): Promise<DayActivity[]> {
  const rows = await countPerRange(
    db,
    days,
    (range) =>
      sql`SELECT COUNT(*) AS "answered" FROM "Response" WHERE "userId" = ${userId}
      AND "createdAt" >= ${range.start} AND "createdAt" < ${range.end}`,
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
  const rows = await countPerRange(
    db,
    weeks,
    (range) =>
      sql`SELECT SUM("questionCount") AS "answered", SUM("correctCount") AS "correct" FROM "Attempt"
      WHERE "userId" = ${userId} AND "finishedAt" >= ${range.start} AND "finishedAt" < ${range.end}
        AND ("revealAt" IS NULL OR "revealAt" <= ${now})`,
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

/** One UNION ALL term per range, tagged with its index (a trusted integer, not a parameter). */
async function countPerRange<Range, Row extends z.ZodType>(
  db: Database,
  ranges: readonly Range[],
  term: (range: Range) => Sql,
  rowSchema: Row,
): Promise<Map<number, z.output<Row>>> {
  if (ranges.length === 0) return new Map();
  const terms = ranges.map(
    (range, index) => sql`SELECT ${raw(String(index))} AS "range", t.* FROM (${term(range)}) AS t`,
  );
  const rows = await queryRows(db, join(terms, " UNION ALL "), z.looseObject({ range: sqlColumn.number }));
  return new Map(rows.map((row) => [row.range, rowSchema.parse(row)]));
}
