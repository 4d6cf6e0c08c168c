import { getQuestionBank, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import type { Clock } from "./clock";
import { applyReview, scheduleReviewsForResponse } from "./schedule-review";

const ARTICLE = "russia-north-korea-partnership";
const bank = getQuestionBank(ARTICLE);
const singleFact = bank.find((question) => question.factIds.length === 1)!;
const multiFact = bank.find((question) => question.factIds.length >= 3)!;
const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let now = new Date(start).getTime();
  const clock: Clock = () => new Date(now);
  const set = (date: Date) => {
    now = date.getTime();
  };
  return { clock, set };
}

let responseCounter = 0;
const nextResponseId = () => `resp-${++responseCounter}`;

describe.each(testProviders())("scheduleReviewsForResponse on %s", (provider) => {
  let db: Database;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  const newUser = async () => (await makeUser(db, "student")).id;

  async function card(userId: string, question: Question = singleFact, factId = question.factIds[0]!) {
    return db.reviewCard.findUniqueOrThrow({
      where: { userId_articleSlug_factId: { userId, articleSlug: question.articleSlug, factId } },
    });
  }

  function review(userId: string, isCorrect: boolean, answeredAt: Date, question: Question = singleFact) {
    return scheduleReviewsForResponse(db, {
      userId,
      responseId: nextResponseId(),
      question,
      isCorrect,
      answeredAt,
    });
  }

  it("a wrong answer today makes the fact due again within the day, rated Again", async () => {
    const userId = await newUser();
    const { clock } = fakeClock("2026-03-02T09:00:00Z");
    const outcome = await review(userId, false, clock());
    expect(outcome).toEqual([{ factId: singleFact.factIds[0], status: "applied", due: expect.any(Date) }]);
    const stored = await card(userId);
    expect(stored.due.getTime()).toBeGreaterThan(clock().getTime());
    expect(stored.due.getTime() - clock().getTime()).toBeLessThanOrEqual(DAY);
    expect(stored).toMatchObject({ reps: 1, version: 1, state: State.Learning });
    const logs = await db.reviewLog.findMany({ where: { cardId: stored.id } });
    expect(logs.map((log) => log.rating)).toEqual([Rating.Again]);
  });

  it("repeated right answers, each when due, push the next review further away every time", async () => {
    const userId = await newUser();
    const { clock, set } = fakeClock("2026-03-02T09:00:00Z");
    const intervals: number[] = [];
    for (let round = 0; round < 6; round++) {
      const answeredAt = clock();
      await review(userId, true, answeredAt);
      const stored = await card(userId);
      intervals.push(stored.due.getTime() - answeredAt.getTime());
      set(stored.due);
    }
    for (let index = 1; index < intervals.length; index++) {
      expect(intervals[index]).toBeGreaterThan(intervals[index - 1]!);
    }
    expect(intervals.at(-1)!).toBeGreaterThan(7 * DAY);
    expect((await card(userId)).reps).toBe(6);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(6);
  });

  it("a wrong answer after a long streak brings the fact back soon and counts a lapse", async () => {
    const userId = await newUser();
    const { clock, set } = fakeClock("2026-03-02T09:00:00Z");
    for (let round = 0; round < 4; round++) {
      await review(userId, true, clock());
      set((await card(userId)).due);
    }
    const before = await card(userId);
    await review(userId, false, clock());
    const after = await card(userId);
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.due.getTime() - clock().getTime()).toBeLessThan(before.scheduledDays * DAY);
    expect(after.due.getTime() - clock().getTime()).toBeLessThanOrEqual(DAY);
  });

  it("reviews every fact of a multi-fact question, one card and one log each", async () => {
    const userId = await newUser();
    const outcome = await review(userId, true, new Date("2026-03-02T09:00:00Z"), multiFact);
    expect(outcome.map((fact) => fact.status)).toEqual(multiFact.factIds.map(() => "applied"));
    expect(await db.reviewCard.count({ where: { userId } })).toBe(new Set(multiFact.factIds).size);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(new Set(multiFact.factIds).size);
  });

  it("a replayed response changes nothing: already-applied, same card, one log", async () => {
    const userId = await newUser();
    const input = {
      userId,
      responseId: nextResponseId(),
      question: singleFact,
      isCorrect: true,
      answeredAt: new Date("2026-03-02T09:00:00Z"),
    };
    await scheduleReviewsForResponse(db, input);
    const before = await card(userId);
    const replay = await scheduleReviewsForResponse(db, {
      ...input,
      answeredAt: new Date("2026-04-01T00:00:00Z"),
    });
    expect(replay).toEqual([{ factId: singleFact.factIds[0], status: "already-applied" }]);
    expect(await card(userId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { cardId: before.id } })).toBe(1);
  });

  it("20 parallel replays of one response apply it exactly once", async () => {
    const userId = await newUser();
    const input = {
      userId,
      responseId: nextResponseId(),
      question: singleFact,
      isCorrect: false,
      answeredAt: new Date("2026-03-02T09:00:00Z"),
    };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => scheduleReviewsForResponse(db, input)),
    );
    const statuses = outcomes.map((outcome) => outcome[0]!.status);
    expect(statuses.filter((status) => status === "applied")).toHaveLength(1);
    expect(statuses.filter((status) => status === "already-applied")).toHaveLength(19);
    const stored = await card(userId);
    expect(stored).toMatchObject({ version: 1, reps: 1 });
    expect(await db.reviewLog.count({ where: { cardId: stored.id } })).toBe(1);
    expect(await db.reviewCard.count({ where: { userId } })).toBe(1);
  });

  it("a stale review (computed from an old version) is rejected and changes nothing, even under a race", async () => {
    const userId = await newUser();
    await review(userId, true, new Date("2026-03-02T09:00:00Z"));
    const read = await card(userId);
    const racers = await Promise.all(
      Array.from({ length: 10 }, () =>
        applyReview(db, {
          userId,
          cardId: read.id,
          expectedVersion: read.version,
          responseId: nextResponseId(),
          rating: Rating.Good,
          reviewedAt: new Date("2026-03-03T09:00:00Z"),
        }),
      ),
    );
    expect(racers.filter((result) => result.status === "applied")).toHaveLength(1);
    expect(racers.filter((result) => result.status === "stale")).toHaveLength(9);
    const afterRace = await card(userId);
    expect(afterRace.version).toBe(read.version + 1);
    expect(await db.reviewLog.count({ where: { cardId: read.id } })).toBe(2);

    const late = await applyReview(db, {
      userId,
      cardId: read.id,
      expectedVersion: read.version,
      responseId: nextResponseId(),
      rating: Rating.Again,
      reviewedAt: new Date("2026-03-04T09:00:00Z"),
    });
    expect(late).toEqual({ status: "stale", currentVersion: read.version + 1 });
    expect(await card(userId)).toEqual(afterRace);
    expect(await db.reviewLog.count({ where: { cardId: read.id } })).toBe(2);
  });

  it("different responses about one fact at the same time are all applied, one after another", async () => {
    const userId = await newUser();
    const outcomes = await Promise.all(
      Array.from({ length: 3 }, () => review(userId, true, new Date("2026-03-02T09:00:00Z"))),
    );
    expect(outcomes.map((outcome) => outcome[0]!.status)).toEqual(["applied", "applied", "applied"]);
    const stored = await card(userId);
    expect(stored).toMatchObject({ version: 3, reps: 3 });
    expect(await db.reviewLog.count({ where: { cardId: stored.id } })).toBe(3);
  });

  it("reviewing another user's card is rejected as not found and changes nothing", async () => {
    const owner = await newUser();
    const intruder = await newUser();
    await review(owner, true, new Date("2026-03-02T09:00:00Z"));
    const before = await card(owner);
    const result = await applyReview(db, {
      userId: intruder,
      cardId: before.id,
      expectedVersion: before.version,
      responseId: nextResponseId(),
      rating: Rating.Again,
      reviewedAt: new Date("2026-03-03T09:00:00Z"),
    });
    expect(result).toEqual({ status: "not-found" });
    expect(await card(owner)).toEqual(before);
    expect(await db.reviewLog.count({ where: { cardId: before.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: intruder } })).toBe(0);
  });
});
