import "server-only";
import { type Database, getDatabase } from "@jiji/db";
import {
  insertNewCards,
  insertReviewLogs,
  type NewReviewLog,
  readCardsByKey,
  readLoggedPairs,
  updateCardsIfUnchanged,
} from "./review-rows";
import {
  ratingFor,
  reviewCard,
  type ScheduleReviewsInput,
  scheduleReviewsForResponse,
  toFsrsCard,
} from "./schedule-review";

/** How long graded answers wait to be scheduled together: one commit for the batch instead of several each. */
const FLUSH_DELAY_MS = 25;
/** At most this many answers per batch: bounds the bound parameters of each statement and the time one flush holds the event loop. */
export const MAX_REVIEW_BATCH = 100;

type CardKey = string;
const keyOf = (userId: string, articleSlug: string, factId: string): CardKey =>
  `${userId}|${articleSlug}|${factId}`;

/**
 * Applies the FSRS reviews of many graded answers with a handful of statements and ONE batch transaction:
 * on SQLite every commit is an fsync, so per-answer transactions would cap answer throughput.
 * Any conflict (a card moved by another instance, a replay) falls back to the one-by-one path, which is exact.
 */
export async function applyReviewBatch(db: Database, inputs: readonly ScheduleReviewsInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const wanted = new Map<CardKey, { userId: string; articleSlug: string; factId: string; firstAt: Date }>();
  for (const input of inputs) {
    for (const factId of new Set(input.question.factIds)) {
      const key = keyOf(input.userId, input.question.articleSlug, factId);
      if (!wanted.has(key))
        wanted.set(key, {
          userId: input.userId,
          articleSlug: input.question.articleSlug,
          factId,
          firstAt: input.answeredAt,
        });
    }
  }
  const keys = [...wanted.values()];
  let cards = await readCardsByKey(db, keys);
  if (cards.length < keys.length) {
    const found = new Set(cards.map((card) => keyOf(card.userId, card.articleSlug, card.factId)));
    await insertNewCards(
      db,
      keys.filter((key) => !found.has(keyOf(key.userId, key.articleSlug, key.factId))),
    );
    cards = await readCardsByKey(db, keys);
  }
  const byKey = new Map(cards.map((card) => [keyOf(card.userId, card.articleSlug, card.factId), card]));
  const alreadyLogged = await readLoggedPairs(
    db,
    cards.map((card) => card.id),
    inputs.map((input) => input.responseId),
  );
  const logged = new Set(alreadyLogged.map((log) => `${log.cardId}|${log.responseId}`));

  // Chain every card's reviews in answer order, starting from the version read above.
  const state = new Map<
    string,
    { row: (typeof cards)[number]; card: ReturnType<typeof toFsrsCard>; reviews: number }
  >();
  const logs: NewReviewLog[] = [];
  for (const input of [...inputs].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) {
    for (const factId of new Set(input.question.factIds)) {
      const row = byKey.get(keyOf(input.userId, input.question.articleSlug, factId));
      if (!row || logged.has(`${row.id}|${input.responseId}`)) continue;
      logged.add(`${row.id}|${input.responseId}`);
      const current = state.get(row.id) ?? { row, card: toFsrsCard(row), reviews: 0 };
      const next = reviewCard(current.card, input.answeredAt, ratingFor(input.isCorrect));
      logs.push({ cardId: row.id, userId: row.userId, responseId: input.responseId, ...next.logColumns });
      state.set(row.id, { row, card: next.card, reviews: current.reviews + 1 });
    }
  }
  if (logs.length === 0) return;
  const now = new Date();
  try {
    await db.$transaction([insertReviewLogs(db, logs), updateCardsIfUnchanged(db, [...state.values()], now)]);
  } catch {
    await applyOneByOne(db, inputs); // a replay or a card moved meanwhile: the exact path sorts it out
  }
}

async function applyOneByOne(db: Database, inputs: readonly ScheduleReviewsInput[]): Promise<void> {
  for (const input of inputs) await scheduleReviewsForResponse(db, input);
}

/**
 * Per-process queue in front of applyReviewBatch. Answers are stored (and acknowledged) before they are
 * queued; the queue is flushed within FLUSH_DELAY_MS (longer under load, while earlier batches commit). A hard
 * kill loses the queued FSRS updates, never the answers; scheduleMissedReviews applies them at the next start.
 */
export function createReviewBatcher(db: () => Promise<Database>) {
  let pending: ScheduleReviewsInput[] = [];
  let flushing: Promise<void> | null = null;
  let isFlushScheduled = false;

  async function flush(): Promise<void> {
    isFlushScheduled = false;
    if (flushing) await flushing;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    flushing = db()
      .then(async (database) => {
        for (let start = 0; start < batch.length; start += MAX_REVIEW_BATCH)
          await applyReviewBatch(database, batch.slice(start, start + MAX_REVIEW_BATCH));
      })
      .catch((error: unknown) => console.error("[review] could not schedule reviews", error))
      .finally(() => {
        flushing = null;
      });
    await flushing;
  }

  return {
    enqueue(input: ScheduleReviewsInput): void {
      pending.push(input);
      if (isFlushScheduled) return;
      isFlushScheduled = true;
      setTimeout(() => void flush(), FLUSH_DELAY_MS);
    },
    flush,
  };
}

/** The process-wide batcher used by the answer route. */
export const reviewBatcher = createReviewBatcher(getDatabase);
