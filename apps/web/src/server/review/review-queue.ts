import "server-only";
import { createHash } from "node:crypto";
import { getQuestionBank, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { localDayKey, safeTimeZone } from "@/lib/time-zone";
import { practicePool } from "../quiz/question-serving";
import type { ReviewCardRow } from "./schedule-review";

/** At most this many facts in one review session; the rest stay due for the next one. */
export const REVIEW_SESSION_SIZE = 20;

/** Due cards (due <= now): the most overdue first, then the least stable (most likely forgotten). */
export async function listDueReviews(
  db: Database,
  userId: string,
  now: Date,
  limit = REVIEW_SESSION_SIZE,
): Promise<ReviewCardRow[]> {
  return db.reviewCard.findMany({
    where: { userId, due: { lte: now } },
    orderBy: [{ due: "asc" }, { stability: "asc" }, { id: "asc" }],
    take: limit,
  });
}

/** For the home page: how many facts are due now. */
export async function countDueReviews(db: Database, userId: string, now: Date): Promise<number> {
  return db.reviewCard.count({ where: { userId, due: { lte: now } } });
}

/** When the next card that is not yet due comes due, for the "nothing due" state. */
export async function nextDueAt(db: Database, userId: string, now: Date): Promise<Date | null> {
  const card = await db.reviewCard.findFirst({
    where: { userId, due: { gt: now } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return card?.due ?? null;
}

/** The viewer's time zone, and the next review not yet due: whether it still falls on their today. */
export async function nextReviewFor(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ timeZone: string; next: { at: Date; isToday: boolean } | null }> {
  const [at, user] = await Promise.all([
    nextDueAt(db, userId, now),
    db.user.findUnique({ where: { id: userId }, select: { timeZone: true } }),
  ]);
  const timeZone = safeTimeZone(user?.timeZone);
  if (!at) return { timeZone, next: null };
  return { timeZone, next: { at, isToday: localDayKey(at, timeZone) === localDayKey(now, timeZone) } };
}

function hashToInt(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/**
 * A question about this fact, varied between reviews: the bank's questions on the fact, in id order, rotated by a
 * per-(user, fact) offset plus the card's rep count, so each successive review asks the next variant.
 * Questions about this fact alone come first when there are at least two of them (clearer feedback).
 */
export function pickReviewQuestion(
  card: Pick<ReviewCardRow, "userId" | "articleSlug" | "factId" | "reps">,
  bank: readonly Question[] = safeBank(card.articleSlug),
): Question | undefined {
  const about = bank.filter((question) => question.factIds.includes(card.factId));
  const single = about.filter((question) => question.factIds.length === 1);
  const candidates = (single.length >= 2 ? single : about).toSorted((a, b) => a.id.localeCompare(b.id));
  if (candidates.length === 0) return undefined;
  const offset = hashToInt(`${card.userId}|${card.articleSlug}|${card.factId}`);
  return candidates[(offset + card.reps) % candidates.length];
}

function safeBank(articleSlug: string): Question[] {
  try {
    return practicePool(getQuestionBank(articleSlug));
  } catch {
    return []; // the article was removed: its cards simply have no question any more
  }
}

/** One distinct question per due card, in queue order (a question covering two due facts is asked once). */
export function reviewQuestionsFor(cards: readonly ReviewCardRow[]): Question[] {
  const chosen = new Map<string, Question>();
  for (const card of cards) {
    const question = pickReviewQuestion(card);
    if (question && !chosen.has(question.id)) chosen.set(question.id, question);
  }
  return [...chosen.values()];
}
