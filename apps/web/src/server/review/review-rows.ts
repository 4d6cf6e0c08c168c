import "server-only";
import { randomUUID } from "node:crypto";
import { type Database, databaseProvider } from "@jiji/db";
import type { Card } from "ts-fsrs";
import { executeSql, joinSql, queryRows, type SqlFragment, sql, toDate, toNumber } from "../raw-sql";
import { cardColumns, emptyCardColumns, type ReviewCardRow, type reviewCard } from "./schedule-review";

// Raw SQL for the review batcher: a batch touches hundreds of cards and logs, and Prisma's per-card updates
// and its createMany of the logs cost several times more than storing the answers themselves.

export type CardKey = { userId: string; articleSlug: string; factId: string };

/** Exactly the cards with these (user, article, fact) keys, read through their unique index. */
export async function readCardsByKey(db: Database, keys: readonly CardKey[]): Promise<ReviewCardRow[]> {
  if (keys.length === 0) return [];
  const tuples = joinSql(
    keys.map((key) => sql`(${key.userId}, ${key.articleSlug}, ${key.factId})`),
    ", ",
  );
  const rows = await queryRows<Record<keyof ReviewCardRow, unknown>>(
    db,
    sql`SELECT * FROM "ReviewCard" WHERE ("userId", "articleSlug", "factId") IN (VALUES ${tuples})`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    userId: String(row.userId),
    articleSlug: String(row.articleSlug),
    factId: String(row.factId),
    due: toDate(row.due),
    stability: toNumber(row.stability),
    difficulty: toNumber(row.difficulty),
    elapsedDays: toNumber(row.elapsedDays),
    scheduledDays: toNumber(row.scheduledDays),
    learningSteps: toNumber(row.learningSteps),
    reps: toNumber(row.reps),
    lapses: toNumber(row.lapses),
    state: toNumber(row.state),
    lastReview: row.lastReview === null ? null : toDate(row.lastReview),
    version: toNumber(row.version),
    updatedAt: toDate(row.updatedAt),
  }));
}

/** Which of these (card, response) pairs already have a review log. */
export function readLoggedPairs(
  db: Database,
  cardIds: readonly string[],
  responseIds: readonly string[],
): Promise<{ cardId: string; responseId: string }[]> {
  if (cardIds.length === 0 || responseIds.length === 0) return Promise.resolve([]);
  const list = (ids: readonly string[]) =>
    joinSql(
      ids.map((id) => sql`${id}`),
      ", ",
    );
  return queryRows(
    db,
    sql`SELECT "cardId", "responseId" FROM "ReviewLog"
      WHERE "cardId" IN (${list(cardIds)}) AND "responseId" IN (${list(responseIds)})`,
  );
}

/** Creates new FSRS cards for these keys in one statement; a key that already has a card is left alone. */
export async function insertNewCards(
  db: Database,
  cards: readonly (CardKey & { firstAt: Date })[],
): Promise<void> {
  if (cards.length === 0) return;
  const values = joinSql(
    cards.map((card) => {
      const c = emptyCardColumns(card.firstAt);
      return sql`(${randomUUID()}, ${card.userId}, ${card.articleSlug}, ${card.factId}, ${c.due}, ${c.stability}, ${c.difficulty}, ${c.elapsedDays}, ${c.scheduledDays}, ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.state}, ${c.lastReview}, 0, ${card.firstAt})`;
    }),
    ", ",
  );
  await executeSql(
    db,
    sql`INSERT INTO "ReviewCard" ("id", "userId", "articleSlug", "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "updatedAt")
      VALUES ${values}
      ON CONFLICT ("userId", "articleSlug", "factId") DO NOTHING`,
  );
}

export type NewReviewLog = { cardId: string; userId: string; responseId: string } & ReturnType<
  typeof reviewCard
>["logColumns"];

/**
 * Inserts review logs in one statement, for a batch transaction. A log that already exists for its
 * (card, response) violates the unique index and fails the statement, rolling the batch back (a replay).
 */
export function insertReviewLogs(db: Database, logs: readonly NewReviewLog[]) {
  const values = joinSql(
    logs.map(
      (log) =>
        sql`(${randomUUID()}, ${log.cardId}, ${log.userId}, ${log.responseId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty}, ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays}, ${log.learningSteps}, ${log.review})`,
    ),
    ", ",
  );
  return executeSql(
    db,
    sql`INSERT INTO "ReviewLog" ("id", "cardId", "userId", "responseId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review")
      VALUES ${values}`,
  );
}

export type CardUpdate = { row: Pick<ReviewCardRow, "id" | "version">; card: Card; reviews: number };

/**
 * Moves many cards, each to its state after `reviews` reviews computed from `row.version`, in ONE statement.
 * Compare-and-set that fails loudly: a card whose version changed meanwhile gets a NULL version, which the
 * NOT NULL column refuses, so the error rolls back the whole batch transaction this statement runs in.
 */
export function updateCardsIfUnchanged(db: Database, updates: readonly CardUpdate[], now: Date) {
  // PostgreSQL types a VALUES list from its values, and bound parameters have no type: cast them there.
  const cast = databaseProvider(db) === "postgresql" ? castForPostgres : (value: unknown) => sql`${value}`;
  const rows = joinSql(
    updates.map(({ row, card, reviews }) => {
      const c = cardColumns(card);
      return sql`(${row.id}, ${cast(c.due, "timestamp(3)")}, ${cast(c.stability, "double precision")}, ${cast(c.difficulty, "double precision")}, ${cast(c.elapsedDays, "integer")}, ${cast(c.scheduledDays, "integer")}, ${cast(c.learningSteps, "integer")}, ${cast(c.reps, "integer")}, ${cast(c.lapses, "integer")}, ${cast(c.state, "integer")}, ${cast(c.lastReview, "timestamp(3)")}, ${cast(row.version, "integer")}, ${cast(reviews, "integer")})`;
    }),
    ", ",
  );
  return executeSql(
    db,
    sql`UPDATE "ReviewCard" SET "due" = v.column2, "stability" = v.column3, "difficulty" = v.column4,
        "elapsedDays" = v.column5, "scheduledDays" = v.column6, "learningSteps" = v.column7, "reps" = v.column8,
        "lapses" = v.column9, "state" = v.column10, "lastReview" = v.column11, "updatedAt" = ${now},
        "version" = CASE WHEN "ReviewCard"."version" = v.column12 THEN "ReviewCard"."version" + v.column13 ELSE NULL END
      FROM (VALUES ${rows}) AS v
      WHERE "ReviewCard"."id" = v.column1`,
  );
}

function castForPostgres(value: unknown, type: "timestamp(3)" | "double precision" | "integer"): SqlFragment {
  return { strings: ["CAST(", ` AS ${type})`], values: [value] };
}
