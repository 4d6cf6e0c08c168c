import { getQuestionBank, type Question } from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { storeResponses } from "../quiz/response-store";
import { startAttempt } from "../quiz/start-attempt";
import { scheduleMissedReviews } from "./schedule-missed-reviews";
import { scheduleReviewsForResponse } from "./schedule-review";

// What a hard kill while the review batcher holds answers leaves: answers stored, some card updates never made.

const NOW = new Date("2026-12-01T12:00:00Z");
const bank = getQuestionBank("russia-north-korea-partnership");
// Two answers on one fact (its card moves twice) and one on another.
const first = bank.find((question) => question.type === "single-choice" && question.factIds.length === 1)!;
const questions: Question[] = [
  first,
  bank.find((q) => q.type === "cloze" && q.factIds.join() === first.factIds.join())!,
  bank.find((q) => q.type === "true-false" && q.factIds.length === 1 && q.factIds[0] !== first.factIds[0])!,
];
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe.each(testProviders())("scheduleMissedReviews on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });

  /** A student with one attempt whose answers are stored at the given times; nothing scheduled yet. */
  async function studentWithAnswers(times: Date[]) {
    const { id: userId } = await makeUser(db, "student");
    const started = await startAttempt(db, userId, {
      articleSlug: "russia-north-korea-partnership",
      count: 5,
      types: ["single-choice", "true-false", "cloze"],
      mode: "practice",
    });
    if (!started.ok) throw new Error(started.reason);
    // The same questions for every student (the attempt's own draw is random), so their cards compare.
    const answers = times.map((createdAt, position) => ({
      question: questions[position]!,
      isCorrect: position % 2 === 0,
      createdAt,
    }));
    const stored = await storeResponses(
      db,
      answers.map(({ question, isCorrect, createdAt }, position) => ({
        attemptId: started.attemptId,
        userId,
        questionId: question.id,
        position,
        response: JSON.stringify(responseFor(question, isCorrect)),
        isCorrect,
        score: Number(isCorrect),
        timeTakenMs: 1000,
        createdAt,
      })),
    );
    return {
      userId,
      answers: answers.map((answer, index) => {
        const outcome = stored[index]!;
        if (outcome.status !== "stored") throw new Error("not stored");
        return { ...answer, responseId: outcome.id };
      }),
    };
  }

  const schedule = (
    userId: string,
    answer: { question: Question; isCorrect: boolean; createdAt: Date; responseId: string },
  ) =>
    scheduleReviewsForResponse(db, {
      userId,
      responseId: answer.responseId,
      question: answer.question,
      isCorrect: answer.isCorrect,
      answeredAt: answer.createdAt,
    });

  async function cardsOf(userId: string) {
    const cards = await db.reviewCard.findMany({ where: { userId }, orderBy: { factId: "asc" } });
    return cards.map(({ factId, due, stability, difficulty, reps, lapses, state }) => ({
      factId,
      due: due.toISOString(),
      stability,
      difficulty,
      reps,
      lapses,
      state,
    }));
  }

  it("applies the lost card updates of the last day, in answer order, as if they had never been lost", async () => {
    const times = [minutesAgo(50), minutesAgo(40), minutesAgo(30)];
    const crashed = await studentWithAnswers(times);
    const normal = await studentWithAnswers(times);
    // The crashed server had flushed the first answer's update, not the other two.
    await schedule(crashed.userId, crashed.answers[0]!);
    for (const answer of normal.answers) await schedule(normal.userId, answer);

    const scheduled = await scheduleMissedReviews(db, NOW);

    expect(scheduled).toBe(2);
    expect(await cardsOf(crashed.userId)).toEqual(await cardsOf(normal.userId));
    expect(await db.reviewLog.count({ where: { userId: crashed.userId } })).toBe(
      await db.reviewLog.count({ where: { userId: normal.userId } }),
    );
  });

  it("changes nothing when run again, and leaves answers older than a day alone", async () => {
    const old = await studentWithAnswers([new Date(NOW.getTime() - 2 * 86_400_000)]);
    const logsBefore = await db.reviewLog.count();
    const cardsBefore = await db.reviewCard.findMany({ orderBy: { id: "asc" } });

    expect(await scheduleMissedReviews(db, NOW)).toBe(0);

    expect(await db.reviewLog.count()).toBe(logsBefore);
    expect(await db.reviewCard.findMany({ orderBy: { id: "asc" } })).toEqual(cardsBefore);
    expect(await db.reviewCard.count({ where: { userId: old.userId } })).toBe(0);
  });
});
