import "server-only";
import { randomUUID } from "node:crypto";
import {
  columnList,
  type Database,
  executeSql,
  join,
  jsonRecordset,
  queryRows,
  type RecordsetColumn,
  raw,
  sql,
  sqlColumn,
} from "@jiji/db";
import type { Card } from "ts-fsrs";
import { z } from "zod";
import { cardColumns, emptyCardColumns, type ReviewCardRow, type reviewCard } from "./schedule-review";

// Raw SQL for the review batcher: a batch touches hundreds of cards and logs, and Prisma's per-card updates
// and its createMany of the logs cost several times more than storing the answers themselves.

export type CardKey = { userId: string; articleSlug: string; factId: string };

/** Exactly the cards with these (user, article, fact) keys, read through their unique index. */
export async function readCardsByKey(db: Database, keys: readonly CardKey[]): Promise<ReviewCardRow[]> {
  if (keys.length === 0) return [];
  const tuples = join(
    keys.map((key) => sql`(${key.userId}, ${key.articleSlug}, ${key.factId})`),
    ", ",
  );
  return queryRows(
    db,
    sql`SELECT * FROM "ReviewCard" WHERE ("userId", "articleSlug", "factId") IN (VALUES ${tuples})`,
    reviewCardRow,
  );
}

const reviewCardRow = z.object({
  id: sqlColumn.text,
  userId: sqlColumn.text,
  articleSlug: sqlColumn.text,
  factId: sqlColumn.text,
  due: sqlColumn.date,
  stability: sqlColumn.number,
  difficulty: sqlColumn.number,
  elapsedDays: sqlColumn.number,
  scheduledDays: sqlColumn.number,
  learningSteps: sqlColumn.number,
  reps: sqlColumn.number,
  lapses: sqlColumn.number,
  state: sqlColumn.number,
  lastReview: sqlColumn.dateOrNull,
  version: sqlColumn.number,
  updatedAt: sqlColumn.date,
}) satisfies z.ZodType<ReviewCardRow>;

/** Which of these (card, response) pairs already have a review log. */
export function readLoggedPairs(
  db: Database,
  cardIds: readonly string[],
  responseIds: readonly string[],
): Promise<{ cardId: string; responseId: string }[]> {
  if (cardIds.length === 0 || responseIds.length === 0) return Promise.resolve([]);
  return queryRows(
    db,
    sql`SELECT "cardId", "responseId" FROM "ReviewLog"
      WHERE "cardId" IN (${join(cardIds)}) AND "responseId" IN (${join(responseIds)})`,
    z.object({ cardId: sqlColumn.text, responseId: sqlColumn.text }),
  );
}

const CARD_STATE_COLUMNS: RecordsetColumn[] = [
  { name: "due", type: "timestamp" },
  { name: "stability", type: "real" },
  { name: "difficulty", type: "real" },
  { name: "elapsedDays", type: "integer" },
  { name: "scheduledDays", type: "integer" },
  { name: "learningSteps", type: "integer" },
  { name: "reps", type: "integer" },
  { name: "lapses", type: "integer" },
  { name: "state", type: "integer" },
  { name: "lastReview", type: "timestamp" },
];

/** Creates new FSRS cards for these keys in one statement; a key that already has a card is left alone. */
export async function insertNewCards(
  db: Database,
  cards: readonly (CardKey & { firstAt: Date })[],
): Promise<void> {
  if (cards.length === 0) return;
  const rows = cards.map((card) => ({
    id: randomUUID(),
    userId: card.userId,
    articleSlug: card.articleSlug,
    factId: card.factId,
    ...emptyCardColumns(card.firstAt),
    updatedAt: card.firstAt,
  }));
  const columns: RecordsetColumn[] = [
    { name: "id", type: "text" },
    { name: "userId", type: "text" },
    { name: "articleSlug", type: "text" },
    { name: "factId", type: "text" },
    ...CARD_STATE_COLUMNS,
    { name: "updatedAt", type: "timestamp" },
  ];
  const names = columnList(columns);
  // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the SELECT.
  await executeSql(
    db,
    sql`INSERT INTO "ReviewCard" (${names}, "version")
      SELECT ${names}, 0 FROM ${jsonRecordset(db, rows, columns)} AS r WHERE true
      ON CONFLICT ("userId", "articleSlug", "factId") DO NOTHING`,
  );
}

export type NewReviewLog = { cardId: string; userId: string; responseId: string } & ReturnType<
  typeof reviewCard
>["logColumns"];

const LOG_COLUMNS: RecordsetColumn[] = [
  { name: "id", type: "text" },
  { name: "cardId", type: "text" },
  { name: "userId", type: "text" },
  { name: "responseId", type: "text" },
  { name: "rating", type: "integer" },
  { name: "state", type: "integer" },
  { name: "due", type: "timestamp" },
  { name: "stability", type: "real" },
  { name: "difficulty", type: "real" },
  { name: "elapsedDays", type: "integer" },
  { name: "lastElapsedDays", type: "integer" },
  { name: "scheduledDays", type: "integer" },
  { name: "learningSteps", type: "integer" },
  { name: "review", type: "timestamp" },
];

/**
 * Inserts review logs in one statement, for a batch transaction. A log that already exists for its
 * (card, response) violates the unique index and fails the statement, rolling the batch back (a replay).
 */
export function insertReviewLogs(db: Database, logs: readonly NewReviewLog[]) {
  const rows = logs.map((log) => ({ id: randomUUID(), ...log }));
  const names = columnList(LOG_COLUMNS);
  return executeSql(
    db,
    sql`INSERT INTO "ReviewLog" (${names}) SELECT ${names} FROM ${jsonRecordset(db, rows, LOG_COLUMNS)} AS r`,
  );
}

export type CardUpdate = { row: Pick<ReviewCardRow, "id" | "version">; card: Card; reviews: number };

/**
 * Moves many cards, each to its state after `reviews` reviews computed from `row.version`, in ONE statement.
 * Compare-and-set that fails loudly: a card whose version changed meanwhile gets a NULL version, which the
 * NOT NULL column refuses, so the error rolls back the whole batch transaction this statement runs in.
 */
export function updateCardsIfUnchanged(db: Database, updates: readonly CardUpdate[], now: Date) {
  const rows = updates.map(({ row, card, reviews }) => ({
    id: row.id,
    fromVersion: row.version,
    reviews,
    ...cardColumns(card),
  }));
  const columns: RecordsetColumn[] = [
    { name: "id", type: "text" },
    { name: "fromVersion", type: "integer" },
    { name: "reviews", type: "integer" },
    ...CARD_STATE_COLUMNS,
  ];
  const assignments = CARD_STATE_COLUMNS.map(({ name }) => `"${name}" = v."${name}"`).join(", ");
  return executeSql(
    db,
    sql`UPDATE "ReviewCard" SET ${raw(assignments)}, "updatedAt" = ${now},
        "version" = CASE WHEN "ReviewCard"."version" = v."fromVersion" THEN "ReviewCard"."version" + v."reviews" ELSE NULL END
      FROM ${jsonRecordset(db, rows, columns)} AS v
      WHERE "ReviewCard"."id" = v."id"`,
  );
}
