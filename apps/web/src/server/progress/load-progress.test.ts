import { getArticle, getQuestionBank } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { makeUser, storeAnsweredAttempt, useTestDatabase } from "../../test/fixtures";
import { loadProgress } from "./load-progress";
import { loadNextActions } from "./next-actions";
import { loadStudyActivity } from "./study-activity";

const ARTICLE = "tokyo-skytree-opening";
const bank = getQuestionBank(ARTICLE);
const article = getArticle(ARTICLE)!;
/** A question about exactly one fact, and every single-fact question about that fact. */
const focus = bank.find((question) => question.factIds.length === 1)!;
const FACT = focus.factIds[0]!;
const factQuestions = bank.filter(
  (question) => question.factIds.length === 1 && question.factIds[0] === FACT,
);

describe.each(testProviders())("progress on %s", (provider) => {
  let db: Database;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  async function newStudent(timeZone = "Asia/Tokyo"): Promise<string> {
    const { id } = await makeUser(db, "student");
    await db.user.update({ where: { id }, data: { timeZone } });
    return id;
  }

  /** One finished attempt whose answers were stored at the given instants. */
  const answered = (
    userId: string,
    answers: { at: string; isCorrect?: boolean; questionId?: string; timeTakenMs?: number }[],
    options: { isFinished?: boolean } = {},
  ) =>
    storeAnsweredAttempt(
      db,
      userId,
      answers.map((answer, index) => ({
        questionId: answer.questionId ?? bank[index % bank.length]!.id,
        isCorrect: answer.isCorrect ?? true,
        at: answer.at,
        timeTakenMs: answer.timeTakenMs,
      })),
      { articleSlug: ARTICLE, isFinished: options.isFinished !== false },
    );

  describe("streak", () => {
    const now = new Date("2026-03-03T12:00:00+09:00");

    it("counts 23:30 and 00:30 JST on consecutive days as two days", async () => {
      const userId = await newStudent();
      await answered(userId, [{ at: "2026-03-02T23:30:00+09:00" }]);
      await answered(userId, [{ at: "2026-03-03T00:30:00+09:00" }]);
      const { streak } = await loadStudyActivity(db, userId, "Asia/Tokyo", now);
      expect(streak).toEqual({ days: 2, isTodayStudied: true });
    });

    it("puts a study at 23:00 UTC on the next day in Tokyo, but not in UTC", async () => {
      const userId = await newStudent();
      await answered(userId, [{ at: "2026-03-02T23:00:00Z" }]);
      expect((await loadStudyActivity(db, userId, "Asia/Tokyo", now)).streak).toEqual({
        days: 1,
        isTodayStudied: true,
      });
      expect((await loadStudyActivity(db, userId, "UTC", new Date("2026-03-03T12:00:00Z"))).streak).toEqual({
        days: 1,
        isTodayStudied: false,
      });
    });

    it("is broken by a day without study", async () => {
      const userId = await newStudent();
      await answered(userId, [{ at: "2026-02-28T20:00:00+09:00" }]);
      await answered(userId, [{ at: "2026-03-01T20:00:00+09:00" }]);
      await answered(userId, [{ at: "2026-03-03T08:00:00+09:00" }]);
      expect((await loadStudyActivity(db, userId, "Asia/Tokyo", now)).streak.days).toBe(1);
    });

    it("keeps yesterday's streak alive while today is not yet studied", async () => {
      const userId = await newStudent();
      await answered(userId, [{ at: "2026-03-01T10:00:00+09:00" }, { at: "2026-03-01T10:01:00+09:00" }]);
      await answered(userId, [{ at: "2026-03-02T21:00:00+09:00" }]);
      expect((await loadStudyActivity(db, userId, "Asia/Tokyo", now)).streak).toEqual({
        days: 2,
        isTodayStudied: false,
      });
    });

    it("follows a streak longer than the 12-week chart window", async () => {
      const userId = await newStudent();
      const start = new Date("2026-03-03T09:00:00+09:00").getTime();
      const data = Array.from({ length: 100 }, (_, day) => ({
        attemptId: "",
        at: new Date(start - day * 86_400_000),
      }));
      const attemptId = await answered(userId, [{ at: data[0]!.at.toISOString() }]);
      await db.response.createMany({
        data: data.slice(1).map((day, index) => ({
          attemptId,
          userId,
          questionId: `q-long-${index}`,
          position: index + 1,
          response: "{}",
          isCorrect: true,
          score: 1,
          timeTakenMs: 1,
          createdAt: day.at,
        })),
      });
      expect((await loadStudyActivity(db, userId, "Asia/Tokyo", now)).streak.days).toBe(100);
    });

    it("charts weekly accuracy with empty weeks as gaps", async () => {
      const userId = await newStudent();
      await answered(userId, [
        { at: "2026-03-03T08:00:00+09:00", isCorrect: true },
        { at: "2026-03-03T08:01:00+09:00", isCorrect: false },
      ]);
      await answered(userId, [{ at: "2026-02-20T08:00:00+09:00", isCorrect: true }]);
      const { weeks } = await loadStudyActivity(db, userId, "Asia/Tokyo", now);
      expect(weeks).toHaveLength(12);
      expect(weeks.at(-1)).toMatchObject({
        lastDay: "2026-03-03",
        firstDay: "2026-02-25",
        answered: 2,
        accuracy: 0.5,
      });
      expect(weeks.at(-2)).toMatchObject({ lastDay: "2026-02-24", answered: 1, accuracy: 1 });
      expect(weeks.at(-3)).toMatchObject({ answered: 0, accuracy: null });
    });
  });

  describe("loadProgress", () => {
    it("shows an empty report for a new account, every fact not started", async () => {
      const userId = await newStudent();
      const report = await loadProgress(db, userId, new Date());
      expect(report.hasHistory).toBe(false);
      expect(report.totals).toEqual({ answered: 0, correct: 0, accuracy: null, attempts: 0, studyTimeMs: 0 });
      expect(report.streak.days).toBe(0);
      const skytree = report.articles.find((item) => item.slug === ARTICLE)!;
      expect(skytree.counts).toMatchObject({
        "not-started": article.facts.length,
        total: article.facts.length,
      });
      expect(report.weakest).toEqual([]);
      expect(report.recentAttempts).toEqual([]);
    });

    it("totals answers, accuracy, finished attempts and study time", async () => {
      const userId = await newStudent();
      const now = new Date("2026-03-03T12:00:00+09:00");
      await answered(userId, [
        { at: "2026-03-02T10:00:00+09:00", isCorrect: true, timeTakenMs: 30_000 },
        { at: "2026-03-02T10:01:00+09:00", isCorrect: false, timeTakenMs: 15_000 },
        { at: "2026-03-02T10:02:00+09:00", isCorrect: true, timeTakenMs: 15_000 },
      ]);
      const unfinished = await answered(userId, [{ at: "2026-03-03T10:00:00+09:00" }], { isFinished: false });
      const report = await loadProgress(db, userId, now);
      expect(report.totals).toEqual({
        answered: 4,
        correct: 3,
        accuracy: 0.75,
        attempts: 1,
        studyTimeMs: 61_000,
      });
      expect(report.streak).toEqual({ days: 2, isTodayStudied: true });
      expect(report.recentAttempts.map((attempt) => attempt.id)[0]).toBe(unfinished);
      expect(report.recentAttempts).toHaveLength(2);
    });

    it("rates a fact from its card and latest answers, per article, section and kind", async () => {
      const userId = await newStudent();
      const fact = article.facts.find((candidate) => candidate.id === FACT)!;
      const q = factQuestions.map((question) => question.id);
      // Oldest wrong, then three right: last 3 correct.
      await answered(userId, [
        { at: "2026-03-01T10:00:00+09:00", isCorrect: false, questionId: q[0] },
        { at: "2026-03-01T10:01:00+09:00", isCorrect: true, questionId: q[1 % q.length] },
      ]);
      await answered(
        userId,
        [
          { at: "2026-03-02T10:00:00+09:00", isCorrect: true, questionId: q[0] },
          { at: "2026-03-02T10:01:00+09:00", isCorrect: true, questionId: q[2 % q.length] },
        ].filter(
          (answer, index, all) => all.findIndex((other) => other.questionId === answer.questionId) === index,
        ),
      );
      const now = new Date("2026-03-03T12:00:00+09:00");
      let report = await loadProgress(db, userId, now);
      const kindCounts = () => report.kinds.find((item) => item.kind === fact.kind)!.counts;
      const section = () =>
        report.articles
          .find((item) => item.slug === ARTICLE)!
          .sections.find((item) => item.id === fact.section)!;
      expect(section().counts.familiar).toBe(1);
      expect(kindCounts().familiar).toBe(1);

      await db.reviewCard.create({
        data: {
          userId,
          articleSlug: ARTICLE,
          factId: FACT,
          due: new Date("2026-04-01T00:00:00Z"),
          stability: 30,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 30,
          learningSteps: 0,
          reps: 4,
          lapses: 1,
          state: 2,
          lastReview: new Date("2026-03-02T01:01:00Z"),
        },
      });
      report = await loadProgress(db, userId, now);
      const expectedMastered = q.length >= 3 ? 1 : 0;
      expect(section().counts.mastered).toBe(expectedMastered);
      expect(kindCounts().mastered).toBe(expectedMastered);
      expect(section().counts.total).toBe(
        article.facts.filter((item) => item.section === fact.section).length,
      );
    });

    it("lists the weakest facts first, each once, and leaves out facts answered right every time", async () => {
      const userId = await newStudent();
      const singles = bank.filter((question) => question.factIds.length === 1);
      const byFact = new Map<string, string>();
      for (const question of singles)
        if (!byFact.has(question.factIds[0]!)) byFact.set(question.factIds[0]!, question.id);
      const [weak, middling, strong] = [...byFact.entries()];
      await answered(userId, [
        { at: "2026-03-01T10:00:00+09:00", isCorrect: false, questionId: weak![1] },
        { at: "2026-03-01T10:01:00+09:00", isCorrect: false, questionId: middling![1] },
        { at: "2026-03-01T10:02:00+09:00", isCorrect: true, questionId: strong![1] },
      ]);
      await answered(userId, [
        { at: "2026-03-02T10:00:00+09:00", isCorrect: true, questionId: middling![1] },
      ]);
      const report = await loadProgress(db, userId, new Date("2026-03-03T12:00:00+09:00"));
      expect(report.weakest.map((item) => [item.factId, item.recentAccuracy])).toEqual([
        [weak![0], 0],
        [middling![0], 0.5],
      ]);
    });

    it("uses the account's own time zone for the streak", async () => {
      const userId = await newStudent("America/New_York");
      // 20:00 in New York on 2 March is already 3 March in UTC and Tokyo.
      await answered(userId, [{ at: "2026-03-03T01:00:00Z" }]);
      const report = await loadProgress(db, userId, new Date("2026-03-03T15:00:00Z"));
      expect(report.timeZone).toBe("America/New_York");
      expect(report.streak).toEqual({ days: 1, isTodayStudied: false });
    });
  });

  describe("loadNextActions", () => {
    it("offers the unfinished quiz and counts the review cards that are due", async () => {
      const userId = await newStudent();
      const now = new Date("2026-03-03T12:00:00+09:00");
      expect(await loadNextActions(db, userId, now)).toEqual({
        unfinished: null,
        dueReviews: 0,
        assignments: [],
        isEmpty: true,
      });
      const attemptId = await answered(userId, [{ at: "2026-03-03T10:00:00+09:00" }], { isFinished: false });
      await db.attempt.update({ where: { id: attemptId }, data: { questionCount: 5 } });
      const card = (factId: string, due: string) => ({
        userId,
        articleSlug: ARTICLE,
        factId,
        due: new Date(due),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 1,
      });
      await db.reviewCard.createMany({
        data: [
          card(article.facts[0]!.id, "2026-03-03T11:00:00+09:00"),
          card(article.facts[1]!.id, "2026-03-03T12:00:00+09:00"),
          card(article.facts[2]!.id, "2026-03-04T12:00:00+09:00"),
        ],
      });
      const assignment = { id: "a1", title: "宿題", dueAt: new Date("2026-03-05T00:00:00Z"), href: "/x" };
      const actions = await loadNextActions(db, userId, now, [assignment]);
      expect(actions).toEqual({
        unfinished: { id: attemptId, articleSlug: ARTICLE, answered: 1, total: 5 },
        dueReviews: 2,
        assignments: [assignment],
        isEmpty: false,
      });
    });
  });
});
