import { getQuestionBank, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { makeUser, storeAnsweredAttempt, useTestDatabase } from "../../test/fixtures";
import type { Clock } from "./clock";
import { countOpenMistakes, groupByArticle, listOpenMistakes } from "./mistakes";
import { countDueReviews, listDueReviews, nextReviewFor, pickReviewQuestion } from "./review-queue";
import { scheduleReviewsForResponse } from "./schedule-review";
import { startMistakesAttempt, startReviewAttempt } from "./start-review-attempts";

const ARTICLE = "russia-north-korea-partnership";
const bank = getQuestionBank(ARTICLE);
const byType = (type: Question["type"]) => bank.filter((question) => question.type === type);
const DAY = 24 * 60 * 60 * 1000;

describe.each(testProviders())("mistakes and the review queue on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  const newUser = async () => (await makeUser(db, "student")).id;

  /** Stores answers as one attempt would, at the given times (the quiz path is tested in submit-answer.test.ts). */
  const answer = (userId: string, answers: { question: Question; isCorrect: boolean; at: string }[]) =>
    storeAnsweredAttempt(
      db,
      userId,
      answers.map((item, position) => ({
        questionId: item.question.id,
        isCorrect: item.isCorrect,
        at: item.at,
        response: JSON.stringify({ type: "cloze", text: `answer ${position}` }),
      })),
    );

  it("lists questions whose latest answer is wrong; a later right answer resolves one and keeps history", async () => {
    const userId = await newUser();
    const other = await newUser();
    const [a, b, c] = byType("single-choice") as [Question, Question, Question];
    await answer(userId, [
      { question: a, isCorrect: false, at: "2026-03-01T09:00:00Z" },
      { question: b, isCorrect: false, at: "2026-03-01T09:01:00Z" },
      { question: c, isCorrect: true, at: "2026-03-01T09:02:00Z" },
    ]);
    await answer(other, [{ question: c, isCorrect: false, at: "2026-03-01T09:03:00Z" }]);
    expect((await listOpenMistakes(db, userId)).map((mistake) => mistake.question.id)).toEqual([b.id, a.id]);

    await answer(userId, [
      { question: a, isCorrect: true, at: "2026-03-02T09:00:00Z" },
      { question: c, isCorrect: false, at: "2026-03-02T09:01:00Z" },
    ]);
    const open = await listOpenMistakes(db, userId);
    expect(open.map((mistake) => mistake.question.id)).toEqual([c.id, b.id]);
    expect(open[0]!.response).toEqual({ type: "cloze", text: "answer 1" });
    expect(open[0]!.answeredAt.toISOString()).toBe("2026-03-02T09:01:00.000Z");
    expect(await countOpenMistakes(db, userId)).toBe(2);
    expect(await db.response.count({ where: { userId } })).toBe(5);
  });

  it("filters by article and question type and groups by article", async () => {
    const userId = await newUser();
    const choice = byType("single-choice")[0]!;
    const cloze = byType("cloze")[0]!;
    await answer(userId, [
      { question: choice, isCorrect: false, at: "2026-03-01T09:00:00Z" },
      { question: cloze, isCorrect: false, at: "2026-03-01T09:01:00Z" },
    ]);
    expect((await listOpenMistakes(db, userId, { type: "cloze" })).map((m) => m.question.id)).toEqual([
      cloze.id,
    ]);
    expect(await listOpenMistakes(db, userId, { articleSlug: "no-such-article" })).toEqual([]);
    const groups = groupByArticle(await listOpenMistakes(db, userId, { articleSlug: ARTICLE }));
    expect(groups.map((group) => [group.articleSlug, group.mistakes.length])).toEqual([[ARTICLE, 2]]);
  });

  it("retrying mistakes creates a practice attempt of exactly those questions, capped at 20", async () => {
    const userId = await newUser();
    const wrong = bank.slice(0, 25);
    await answer(
      userId,
      wrong.map((question, index) => ({
        question,
        isCorrect: false,
        at: new Date(Date.UTC(2026, 2, 1, 9, index)).toISOString(),
      })),
    );
    const started = await startMistakesAttempt(db, userId, { articleSlug: ARTICLE });
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(attempt).toMatchObject({
      source: "mistakes",
      articleSlug: ARTICLE,
      mode: "practice",
      questionCount: 20,
    });
    expect(JSON.parse(attempt.questionIds)).toEqual(
      wrong
        .slice(5)
        .reverse()
        .map((question) => question.id),
    );
    expect(await startMistakesAttempt(db, await newUser(), {})).toEqual({
      ok: false,
      reason: "nothing-to-review",
    });
  });

  it("the queue holds due cards only, most overdue first, then the least stable", async () => {
    const userId = await newUser();
    const now = new Date("2026-03-10T00:00:00Z");
    const make = (factId: string, dueOffsetDays: number, stability: number) =>
      db.reviewCard.create({
        data: {
          userId,
          articleSlug: ARTICLE,
          factId,
          due: new Date(now.getTime() + dueOffsetDays * DAY),
          stability,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: 2,
        },
      });
    await make("f-later", 1, 1);
    await make("f-old-stable", -3, 10);
    await make("f-old-fragile", -3, 2);
    await make("f-oldest", -5, 50);
    await make("f-today", 0, 1);
    const due = await listDueReviews(db, userId, now);
    expect(due.map((card) => card.factId)).toEqual(["f-oldest", "f-old-fragile", "f-old-stable", "f-today"]);
    expect(await countDueReviews(db, userId, now)).toBe(4);
    expect(await countDueReviews(db, userId, new Date(now.getTime() + 2 * DAY))).toBe(5);
  });

  it("when nothing is due, says whether the next review still falls on the viewer's today", async () => {
    const userId = await newUser();
    await db.user.update({ where: { id: userId }, data: { timeZone: "Asia/Tokyo" } });
    expect(await nextReviewFor(db, userId, new Date("2026-03-10T00:00:00Z"))).toEqual({
      timeZone: "Asia/Tokyo",
      next: null,
    });
    const due = new Date("2026-03-10T10:38:00Z"); // 19:38 in Tokyo
    await db.reviewCard.create({
      data: {
        userId,
        articleSlug: ARTICLE,
        factId: "f-later-today",
        due,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      },
    });
    // 09:00 in Tokyo: the same local day.
    expect(await nextReviewFor(db, userId, new Date("2026-03-10T00:00:00Z"))).toEqual({
      timeZone: "Asia/Tokyo",
      next: { at: due, isToday: true },
    });
    // 23:30 on the 9th in Tokyo: tomorrow there, though the same UTC day as the card.
    const lateEvening = new Date("2026-03-09T14:30:00Z");
    expect((await nextReviewFor(db, userId, lateEvening)).next?.isToday).toBe(false);
    // In New York the card falls at 06:38 on the 10th: not today at 23:00 on the 9th, today from their midnight.
    await db.user.update({ where: { id: userId }, data: { timeZone: "America/New_York" } });
    expect((await nextReviewFor(db, userId, new Date("2026-03-10T03:00:00Z"))).next?.isToday).toBe(false);
    expect((await nextReviewFor(db, userId, new Date("2026-03-10T06:00:00Z"))).next?.isToday).toBe(true);
  });

  it("a wrong answer makes the fact due after time passes, and the review asks a question about it", async () => {
    const userId = await newUser();
    let now = new Date("2026-03-02T09:00:00Z").getTime();
    const clock: Clock = () => new Date(now);
    const question = bank.find((candidate) => candidate.factIds.length === 1)!;
    await scheduleReviewsForResponse(db, {
      userId,
      responseId: "r1",
      question,
      isCorrect: false,
      answeredAt: clock(),
    });
    expect(await countDueReviews(db, userId, clock())).toBe(0);
    expect(await startReviewAttempt(db, userId, clock)).toEqual({ ok: false, reason: "nothing-to-review" });
    now += DAY;
    expect(await countDueReviews(db, userId, clock())).toBe(1);
    const started = await startReviewAttempt(db, userId, clock);
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(attempt).toMatchObject({
      source: "review",
      articleSlug: null,
      mode: "practice",
      questionCount: 1,
    });
    const [asked] = JSON.parse(attempt.questionIds) as string[];
    expect(bank.find((candidate) => candidate.id === asked)!.factIds).toContain(question.factIds[0]);
  });
});

describe("pickReviewQuestion", () => {
  const factId = bank.find((question) => question.factIds.length === 1)!.factIds[0]!;
  const card = { userId: "u1", articleSlug: ARTICLE, factId, reps: 0 };

  it("asks about the fact, the same variant for the same (user, fact, reps)", () => {
    const first = pickReviewQuestion(card)!;
    expect(first.factIds).toContain(factId);
    expect(pickReviewQuestion({ ...card })!.id).toBe(first.id);
  });

  it("asks a different variant on each successive review", () => {
    const asked = [0, 1, 2].map((reps) => pickReviewQuestion({ ...card, reps })!.id);
    expect(new Set(asked.slice(0, 2)).size).toBe(2);
    expect(asked[1]).not.toBe(asked[2]);
  });

  it("has nothing to ask for an unknown fact or article", () => {
    expect(pickReviewQuestion({ ...card, factId: "no-such-fact" })).toBeUndefined();
    expect(pickReviewQuestion({ ...card, articleSlug: "no-such-article" })).toBeUndefined();
  });
});
