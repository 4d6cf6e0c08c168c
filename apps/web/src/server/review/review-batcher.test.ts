import { getQuestionBank } from "@jiji/content/server";
import { createUser, type Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { applyReviewBatch, createReviewBatcher, MAX_REVIEW_BATCH } from "./review-batcher";
import { type ScheduleReviewsInput, scheduleReviewsForResponse } from "./schedule-review";

// Any served article with a question on several facts (the seed article's matching sets were rejected in review).
const bank = getQuestionBank("tokyo-skytree-opening");
const multiFact = bank.find((question) => question.type === "matching")!;
const sharedFact = bank.find((q) => q.factIds.length === 1 && multiFact.factIds.includes(q.factIds[0]!))!;
const T0 = new Date("2026-12-01T00:00:00Z");
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe.each(testProviders())("applyReviewBatch on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  async function student(email: string) {
    const created = await createUser(db, { email, name: email, role: "student", password: "password-1" });
    if (!created.ok) throw new Error("user");
    return created.user.id;
  }

  const inputsFor = (userId: string): ScheduleReviewsInput[] => [
    { userId, responseId: `${userId}-r1`, question: multiFact, isCorrect: false, answeredAt: day(0) },
    { userId, responseId: `${userId}-r2`, question: sharedFact, isCorrect: true, answeredAt: day(1) },
    { userId, responseId: `${userId}-r3`, question: sharedFact, isCorrect: true, answeredAt: day(4) },
  ];

  async function cardsOf(userId: string) {
    const cards = await db.reviewCard.findMany({ where: { userId }, orderBy: { factId: "asc" } });
    return cards.map(({ factId, due, stability, difficulty, reps, lapses, state, version }) => ({
      factId,
      due: due.toISOString(),
      stability,
      difficulty,
      reps,
      lapses,
      state,
      version,
    }));
  }

  it("leaves cards and logs exactly as applying the answers one by one does", async () => {
    const batched = await student("batched@test.example");
    const oneByOne = await student("one-by-one@test.example");
    await applyReviewBatch(db, inputsFor(batched));
    for (const input of inputsFor(oneByOne)) await scheduleReviewsForResponse(db, input);

    expect(await cardsOf(batched)).toEqual(await cardsOf(oneByOne));
    expect(await db.reviewLog.count({ where: { userId: batched } })).toBe(multiFact.factIds.length + 2);
    expect(await db.reviewLog.count({ where: { userId: oneByOne } })).toBe(multiFact.factIds.length + 2);
  });

  it("changes nothing when the same answers are applied again (replay)", async () => {
    const userId = await student("replay@test.example");
    await applyReviewBatch(db, inputsFor(userId));
    const before = await cardsOf(userId);
    await applyReviewBatch(db, inputsFor(userId));
    await scheduleReviewsForResponse(db, inputsFor(userId)[0]!);
    expect(await cardsOf(userId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(multiFact.factIds.length + 2);
  });

  it("falls back to the exact path when a card moved after it was read (two batches at once)", async () => {
    const userId = await student("race@test.example");
    const [first, ...rest] = inputsFor(userId);
    await Promise.all([
      applyReviewBatch(db, [first!]),
      applyReviewBatch(db, rest),
      applyReviewBatch(db, [first!]),
    ]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(multiFact.factIds.length + 2);
    const logsPerCard = await db.reviewLog.groupBy({
      by: ["cardId"],
      where: { userId },
      _count: { _all: true },
    });
    const cards = await db.reviewCard.findMany({ where: { userId } });
    for (const card of cards) {
      expect(card.version).toBe(logsPerCard.find((row) => row.cardId === card.id)?._count._all);
    }
  });

  it("schedules every answer of a busy class, however many queue up before a flush", async () => {
    const students = Array.from({ length: 120 }, (_, i) => ({
      id: `busy-${provider}-${i}`,
      email: `busy-${i}@test.example`,
      name: `生徒${i}`,
      role: "student",
      passwordHash: "not-used",
    }));
    await db.user.createMany({ data: students });
    const questions = bank.filter((question) => question.type === "true-false").slice(0, 10);
    const batcher = createReviewBatcher(async () => db);
    for (const [s, { id: userId }] of students.entries())
      for (const [q, question] of questions.entries())
        batcher.enqueue({
          userId,
          responseId: `${userId}-${q}`,
          question,
          isCorrect: (s + q) % 2 === 0,
          answeredAt: day(q),
        });
    expect(students.length * questions.length).toBeGreaterThan(10 * MAX_REVIEW_BATCH);
    await batcher.flush();
    const expected =
      students.length * questions.reduce((sum, question) => sum + new Set(question.factIds).size, 0);
    expect(
      await db.reviewLog.count({ where: { userId: { in: students.map((student) => student.id) } } }),
    ).toBe(expected);
  });
});
