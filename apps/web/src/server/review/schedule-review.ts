import "server-only";
import type { Question } from "@jiji/content/server";
import { type Database, isRecordNotFound, isUniqueViolation } from "@jiji/db";
import { type Card, createEmptyCard, fsrs, type Grade, Rating, type ReviewLog } from "ts-fsrs";

/** One scheduler for the whole app: default FSRS parameters, fuzz on (deterministic per card and date). */
const scheduler = fsrs({ enable_fuzz: true });

/** A review is applied at most a few times in a row after losing a race to another response about the same fact. */
const MAX_STALE_RETRIES = 3;

export type ReviewCardRow = Awaited<ReturnType<Database["reviewCard"]["findUniqueOrThrow"]>>;

/**
 * - applied: the card moved and its log was stored;
 * - already-applied: this response was already reviewed into this card (replay, double submit): nothing changed;
 * - stale: the card changed since it was read (expectedVersion is old): nothing changed;
 * - not-found: no such card for this user (another user's card looks the same): nothing changed.
 */
export type ApplyReviewResult =
  | { status: "applied"; card: ReviewCardRow }
  | { status: "already-applied" }
  | { status: "stale"; currentVersion: number }
  | { status: "not-found" };

export type ApplyReviewInput = {
  userId: string;
  cardId: string;
  /** The version the caller read and computed from; the write applies only if the card still has it. */
  expectedVersion: number;
  responseId: string;
  rating: Grade;
  reviewedAt: Date;
};

export function ratingFor(isCorrect: boolean): Grade {
  return isCorrect ? Rating.Good : Rating.Again;
}

export function toFsrsCard(row: ReviewCardRow): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ?? undefined,
  };
}

export function cardColumns(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function logColumns(log: ReviewLog) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
}

/** A brand-new FSRS card, as table columns. */
export function emptyCardColumns(now: Date) {
  return cardColumns(createEmptyCard(now));
}

/** The card after one rating, and its log. Never schedules backwards: an answer stamped before the last review counts as given then. */
export function reviewCard(card: Card, answeredAt: Date, rating: Grade) {
  const reviewedAt = card.last_review && card.last_review > answeredAt ? card.last_review : answeredAt;
  const next = scheduler.next(card, reviewedAt, rating);
  return { card: next.card, logColumns: logColumns(next.log) };
}

/**
 * Applies one rating to one card, atomically and at most once per (card, response).
 * One batch transaction: insert the log, then update the card WHERE id AND version = expectedVersion.
 * A replay fails the log insert (unique cardId+responseId); a stale version fails the update (P2025);
 * either failure rolls the whole batch back, so nothing changes. No interactive transaction is used.
 */
export async function applyReview(db: Database, input: ApplyReviewInput): Promise<ApplyReviewResult> {
  const row = await db.reviewCard.findUnique({ where: { id: input.cardId } });
  if (!row || row.userId !== input.userId) return { status: "not-found" };
  if (await hasLog(db, row.id, input.responseId)) return { status: "already-applied" };
  if (row.version !== input.expectedVersion) return { status: "stale", currentVersion: row.version };

  const next = reviewCard(toFsrsCard(row), input.reviewedAt, input.rating);
  try {
    const [, card] = await db.$transaction([
      db.reviewLog.create({
        data: { cardId: row.id, userId: row.userId, responseId: input.responseId, ...next.logColumns },
        select: { id: true },
      }),
      db.reviewCard.update({
        where: { id: row.id, version: input.expectedVersion },
        data: { ...cardColumns(next.card), version: { increment: 1 } },
      }),
    ]);
    return { status: "applied", card };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "already-applied" };
    if (isRecordNotFound(error)) {
      const current = await db.reviewCard.findUnique({ where: { id: row.id }, select: { version: true } });
      if (await hasLog(db, row.id, input.responseId)) return { status: "already-applied" };
      return current ? { status: "stale", currentVersion: current.version } : { status: "not-found" };
    }
    throw error;
  }
}

async function hasLog(db: Database, cardId: string, responseId: string): Promise<boolean> {
  const log = await db.reviewLog.findUnique({
    where: { cardId_responseId: { cardId, responseId } },
    select: { id: true },
  });
  return log !== null;
}

/** The card of (user, article, fact), created as a new FSRS card on first sight; a concurrent create re-reads. */
export async function findOrCreateCard(
  db: Database,
  key: { userId: string; articleSlug: string; factId: string },
  now: Date,
): Promise<ReviewCardRow> {
  const where = { userId_articleSlug_factId: key };
  const existing = await db.reviewCard.findUnique({ where });
  if (existing) return existing;
  try {
    return await db.reviewCard.create({ data: { ...key, ...emptyCardColumns(now) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.reviewCard.findUniqueOrThrow({ where });
  }
}

export type ScheduleReviewsInput = {
  userId: string;
  responseId: string;
  question: Pick<Question, "articleSlug" | "factIds">;
  isCorrect: boolean;
  answeredAt: Date;
};

export type FactReviewOutcome = {
  factId: string;
  status: "applied" | "already-applied" | "stale";
  /** When the fact is due next (after this review), if it was applied. */
  due?: Date;
};

/**
 * Reviews every fact of a graded question: correct → Good, wrong → Again. Safe to call again for the same
 * response (each fact reports already-applied). A different response that moved the card first makes this one
 * re-read and recompute, a few times at most; it never throws for a lost race.
 */
export async function scheduleReviewsForResponse(
  db: Database,
  input: ScheduleReviewsInput,
): Promise<FactReviewOutcome[]> {
  const rating = ratingFor(input.isCorrect);
  const outcomes: FactReviewOutcome[] = [];
  for (const factId of new Set(input.question.factIds)) {
    const key = { userId: input.userId, articleSlug: input.question.articleSlug, factId };
    let outcome: FactReviewOutcome = { factId, status: "stale" };
    for (let attempt = 0; attempt <= MAX_STALE_RETRIES; attempt++) {
      const card = await findOrCreateCard(db, key, input.answeredAt);
      const result = await applyReview(db, {
        userId: input.userId,
        cardId: card.id,
        expectedVersion: card.version,
        responseId: input.responseId,
        rating,
        reviewedAt: input.answeredAt,
      });
      if (result.status === "applied") outcome = { factId, status: "applied", due: result.card.due };
      else if (result.status === "already-applied") outcome = { factId, status: "already-applied" };
      else continue;
      break;
    }
    outcomes.push(outcome);
  }
  return outcomes;
}
