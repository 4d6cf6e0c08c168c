import "server-only";
import { type Database, getDatabase, join, queryRows, sql, sqlColumn } from "@jiji/db";
import { z } from "zod";
import { createBatchQueue } from "../batch-queue";
import { decodeQuestionIds } from "./question-ids";

/** What answering needs of an attempt, with its owner's current session version. */
export type AnswerableAttempt = {
  id: string;
  userId: string;
  questionIds: string[];
  questionCount: number;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  mode: string;
  source: string;
  revealAt: Date | null;
  sessionVersion: number;
};

const attemptRow = z.object({
  id: sqlColumn.text,
  userId: sqlColumn.text,
  questionIds: sqlColumn.text.transform(decodeQuestionIds),
  questionCount: sqlColumn.number,
  finishedAt: sqlColumn.dateOrNull,
  deadlineAt: sqlColumn.dateOrNull,
  mode: sqlColumn.text,
  source: sqlColumn.text,
  revealAt: sqlColumn.dateOrNull,
  sessionVersion: sqlColumn.number,
});

/** Many attempts with one query (raw SQL: it runs on every answer). */
export async function readAttempts(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, AnswerableAttempt>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`SELECT a."id", a."userId", a."questionIds", a."questionCount", a."finishedAt", a."deadlineAt", a."mode",
        a."source", a."revealAt", u."sessionVersion"
      FROM "Attempt" a JOIN "User" u ON u."id" = a."userId" WHERE a."id" IN (${join(ids)})`,
    attemptRow,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export type ReadAttempt = (id: string) => Promise<AnswerableAttempt | undefined>;

/** At most this many attempts per query (bound parameters). */
const MAX_BATCH = 200;

/**
 * Batched reads for the answer route: the attempts asked for while a read is in flight are read together by
 * the next one, so answers arriving together share one query (as they share one insert). A read is a read:
 * each caller still gets the row as it was when its batch ran, never an older one than it would alone.
 */
export function createAttemptReader(database: () => Promise<Database>, read = readAttempts) {
  const readOne: ReadAttempt = createBatchQueue(
    database,
    async (db, ids: string[]) => {
      const rows = await read(db, [...new Set(ids)]);
      return ids.map((id) => rows.get(id));
    },
    { maxBatch: MAX_BATCH, retryOneByOne: false },
  );
  return { read: readOne };
}

/** The process-wide reader used by the answer route. */
export const attemptReader = createAttemptReader(getDatabase);
