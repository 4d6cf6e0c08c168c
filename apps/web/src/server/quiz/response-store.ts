import "server-only";
import { randomUUID } from "node:crypto";
import {
  columnList,
  type Database,
  getDatabase,
  jsonRecordset,
  queryRows,
  type RecordsetColumn,
  sql,
  sqlColumn,
} from "@jiji/db";
import { z } from "zod";
import { createBatchQueue } from "../batch-queue";
import { countAnsweredByAttempt } from "./finish-attempt";

/** One graded answer to store. */
export type NewResponse = {
  attemptId: string;
  userId: string;
  questionId: string;
  position: number;
  /** JSON of the validated response. */
  response: string;
  isCorrect: boolean;
  score: number;
  timeTakenMs: number;
  createdAt: Date;
};

/** `stored`: this call wrote the row. `duplicate`: the attempt already had an answer to that question. */
export type StoreOutcome =
  | { status: "stored"; id: string; createdAt: Date; answeredCount: number }
  | { status: "duplicate" };

export type StoreResponse = (row: NewResponse) => Promise<StoreOutcome>;

const RESPONSE_COLUMNS: RecordsetColumn[] = [
  { name: "id", type: "text" },
  { name: "attemptId", type: "text" },
  { name: "userId", type: "text" },
  { name: "questionId", type: "text" },
  { name: "position", type: "integer" },
  { name: "response", type: "text" },
  { name: "isCorrect", type: "boolean" },
  { name: "score", type: "real" },
  { name: "timeTakenMs", type: "integer" },
  { name: "createdAt", type: "timestamp" },
];

const keyOf = (row: { attemptId: string; questionId: string }) => `${row.attemptId}|${row.questionId}`;

/**
 * Stores many answers with ONE insert statement, so one commit (one fsync on SQLite) covers them all.
 * The unique (attempt, question) index decides duplicates: ON CONFLICT DO NOTHING skips an answer already
 * stored, and RETURNING tells which rows this statement wrote. A second read counts each attempt's answers.
 * This is the only write of answers: none is ever changed or deleted on its own, and the teacher report's cache
 * (teacher/report-cache.ts) relies on that, reading an attempt's answers again only when their count moves.
 */
export async function storeResponses(db: Database, rows: readonly NewResponse[]): Promise<StoreOutcome[]> {
  const firstOfKey = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!firstOfKey.has(keyOf(row))) firstOfKey.set(keyOf(row), index);
  });
  const candidates = rows.flatMap((row, index) =>
    firstOfKey.get(keyOf(row)) === index ? [{ ...row, id: randomUUID() }] : [],
  );
  const names = columnList(RESPONSE_COLUMNS);
  // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the SELECT. Rows go in by
  // (user, question), the order in which QuestionTally's trigger locks its rows, so two writers never wait on
  // each other in opposite orders (PostgreSQL behind several web servers).
  const inserted = await queryRows(
    db,
    sql`INSERT INTO "Response" (${names})
      SELECT ${names} FROM ${jsonRecordset(db, candidates, RESPONSE_COLUMNS)} AS r WHERE true
      ORDER BY r."userId", r."questionId"
      ON CONFLICT ("attemptId", "questionId") DO NOTHING
      RETURNING "id"`,
    z.object({ id: sqlColumn.text }),
  );
  const insertedIds = new Set(inserted.map((row) => row.id));
  const storedIds = new Map(
    candidates.filter((row) => insertedIds.has(row.id)).map((row) => [keyOf(row), row.id]),
  );
  const answered = await countAnsweredByAttempt(db, [...new Set(rows.map((row) => row.attemptId))]);
  return rows.map((row, index) => {
    const id = storedIds.get(keyOf(row));
    return id && firstOfKey.get(keyOf(row)) === index
      ? { status: "stored", id, createdAt: row.createdAt, answeredCount: answered.get(row.attemptId) ?? 0 }
      : { status: "duplicate" };
  });
}

/** Answers that arrive while a write is in flight wait for the next one; at most this many share a statement. */
const MAX_BATCH = 200;

/**
 * Group commit for the answer route: answers arriving together are stored by one storeResponses call.
 * Each caller's promise settles only after the statement holding its answer has committed, so an
 * acknowledged answer is on disk. With one student at a time it writes at once (no added delay); under
 * load, the answers that arrive during one write share the next. A failed batch is retried row by row, so
 * one bad row fails only its own request.
 */
export function createResponseWriter(database: () => Promise<Database>, store = storeResponses) {
  const write: StoreResponse = createBatchQueue(database, store, {
    maxBatch: MAX_BATCH,
    retryOneByOne: true,
  });
  return { write };
}

/** The process-wide writer used by the answer route. */
export const responseWriter = createResponseWriter(getDatabase);
