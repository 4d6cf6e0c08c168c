import { randomBytes } from "node:crypto";
import type { Database } from "./client";
import { seedUser } from "./demo-data";

/** A question as the factory needs it; the caller passes them from @jiji/content (db must not depend on it). */
export type HeavyUserQuestion = { id: string; articleSlug: string; factIds: readonly string[] };

export type SeedHeavyUserOptions = {
  /** Real question ids (e.g. every article's getQuestionBank), so pages can resolve them. */
  questions: readonly HeavyUserQuestion[];
  responses?: number;
  days?: number;
  now?: Date;
  questionsPerAttempt?: number;
  /** Same seed, same history (apart from row ids). */
  seed?: number;
  /** An existing account to fill; otherwise one is created (or reused) with this email. */
  userId?: string;
  email?: string;
  name?: string;
  password?: string;
  /** The stored JSON of a response; the default is a placeholder no page needs to parse for progress. */
  responseFor?: (questionId: string, isCorrect: boolean) => unknown;
  generatorVersion?: string;
};

export type HeavyUser = { userId: string; attempts: number; responses: number; reviewCards: number };

type RowsOf<Args> = Extract<
  NonNullable<Args> extends { data: infer Data } ? Data : never,
  readonly unknown[]
>[number];
type AttemptRow = RowsOf<Parameters<Database["attempt"]["createMany"]>[0]>;
type ResponseRow = RowsOf<Parameters<Database["response"]["createMany"]>[0]>;

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * A year of realistic study for benchmarks: attempts of 10 answers on most days (with gaps, and a live
 * streak over the last 10 days), accuracy rising from about 55 % to 85 %, and one FSRS card per fact
 * practised. Rows go in with createMany in batches, so 20,000 answers take seconds.
 */
export async function seedHeavyUser(db: Database, options: SeedHeavyUserOptions): Promise<HeavyUser> {
  const {
    questions,
    responses: responseTarget = 20_000,
    days = 365,
    now = new Date(),
    questionsPerAttempt = 10,
    seed = 20_260_401,
    generatorVersion = "heavy-user",
    responseFor = () => ({ type: "seeded" }),
  } = options;
  if (questions.length === 0) throw new Error("seedHeavyUser needs at least one question");
  const random = mulberry32(seed);
  const userId =
    options.userId ??
    (await seedUser(db, {
      email: options.email ?? "heavy@jiji.example",
      name: options.name ?? "学習 多い",
      role: "student",
      password: options.password ?? "jiji-heavy-2026",
    }));

  const byArticle = new Map<string, HeavyUserQuestion[]>();
  for (const question of questions) {
    byArticle.set(question.articleSlug, [...(byArticle.get(question.articleSlug) ?? []), question]);
  }
  const articleSlugs = [...byArticle.keys()];

  // Days ago on which the student studied, oldest first; the last 10 days always, earlier ones 80 %.
  const studyDays: number[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
    if (daysAgo < 10 || random() < 0.8) studyDays.push(daysAgo);
  }
  const attemptCount = Math.ceil(responseTarget / questionsPerAttempt);
  const idPrefix = `hv${randomBytes(4).toString("hex")}`;

  const attempts: AttemptRow[] = [];
  const responses: ResponseRow[] = [];
  const factHistory = new Map<
    string,
    { articleSlug: string; factId: string; answers: { at: Date; ok: boolean }[] }
  >();
  let remaining = responseTarget;

  for (let index = 0; index < attemptCount; index++) {
    const daysAgo = studyDays[Math.floor((index * studyDays.length) / attemptCount)]!;
    const articleSlug = articleSlugs[Math.floor(random() * articleSlugs.length)]!;
    const bank = byArticle.get(articleSlug)!;
    const count = Math.min(questionsPerAttempt, remaining, bank.length);
    const chosen = pickDistinct(bank, count, random);
    // Starts between 1 and 7 hours before "now" on that day, so nothing lies in the future.
    let at = now.getTime() - daysAgo * DAY_MS - (1 + random() * 6) * 60 * 60 * 1000;
    const startedAt = new Date(at);
    const skill = 0.55 + 0.3 * (index / attemptCount);
    let correctCount = 0;
    const attemptId = `${idPrefix}a${index.toString(36)}`;
    chosen.forEach((question, position) => {
      const timeTakenMs = Math.round(4_000 + random() * 36_000);
      at += timeTakenMs;
      const isCorrect = random() < skill;
      if (isCorrect) correctCount += 1;
      const createdAt = new Date(at);
      responses.push({
        id: `${attemptId}r${position}`,
        attemptId,
        userId,
        questionId: question.id,
        position,
        response: JSON.stringify(responseFor(question.id, isCorrect)),
        isCorrect,
        score: isCorrect ? 1 : 0,
        timeTakenMs,
        createdAt,
      });
      for (const factId of question.factIds) {
        const key = `${question.articleSlug}/${factId}`;
        const history = factHistory.get(key) ?? { articleSlug: question.articleSlug, factId, answers: [] };
        history.answers.push({ at: createdAt, ok: isCorrect });
        factHistory.set(key, history);
      }
    });
    remaining -= chosen.length;
    attempts.push({
      id: attemptId,
      userId,
      articleSlug,
      source: "article",
      mode: index % 3 === 0 ? "test" : "practice",
      seed: `${seed}-${index}`,
      questionIds: JSON.stringify(chosen.map((question) => question.id)),
      settings: JSON.stringify({ count: chosen.length, types: [] }),
      questionCount: chosen.length,
      generatorVersion,
      startedAt,
      finishedAt: new Date(at),
      correctCount,
      score: chosen.length > 0 ? correctCount / chosen.length : 0,
    });
    if (remaining <= 0) break;
  }

  const cards = [...factHistory.values()].map((history) => toReviewCard(userId, history));
  for (let start = 0; start < attempts.length; start += BATCH)
    await db.attempt.createMany({ data: attempts.slice(start, start + BATCH) });
  for (let start = 0; start < responses.length; start += BATCH)
    await db.response.createMany({ data: responses.slice(start, start + BATCH) });
  for (let start = 0; start < cards.length; start += BATCH)
    await db.reviewCard.createMany({ data: cards.slice(start, start + BATCH) });
  return { userId, attempts: attempts.length, responses: responses.length, reviewCards: cards.length };
}

/** An FSRS-like card: stability doubles with each correct answer in a row and resets on a lapse. */
function toReviewCard(
  userId: string,
  history: { articleSlug: string; factId: string; answers: { at: Date; ok: boolean }[] },
) {
  let stability = 1;
  let lapses = 0;
  let inARow = 0;
  for (const answer of history.answers) {
    if (answer.ok) {
      inARow += 1;
      stability = Math.min(365, stability * 2);
    } else {
      if (inARow > 0) lapses += 1;
      inARow = 0;
      stability = Math.max(0.5, stability / 4);
    }
  }
  const last = history.answers.at(-1)!;
  const state = inARow >= 2 ? 2 : inARow === 0 ? (lapses > 0 ? 3 : 1) : 1;
  const scheduledDays = state === 2 ? Math.round(stability) : 0;
  return {
    userId,
    articleSlug: history.articleSlug,
    factId: history.factId,
    due: new Date(last.at.getTime() + Math.max(stability, 10 / 1440) * DAY_MS),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays,
    learningSteps: 0,
    reps: history.answers.length,
    lapses,
    state,
    lastReview: last.at,
  };
}

function pickDistinct<Item>(items: readonly Item[], count: number, random: () => number): Item[] {
  const pool = [...items];
  for (let index = 0; index < count; index++) {
    const swap = index + Math.floor(random() * (pool.length - index));
    [pool[index], pool[swap]] = [pool[swap]!, pool[index]!];
  }
  return pool.slice(0, count);
}

/** Small deterministic PRNG, so a benchmark sees the same history every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
