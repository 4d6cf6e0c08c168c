import { findQuestion } from "@jiji/content/server";
import { expect, test } from "@playwright/test";
import { e2eDatabase } from "../support/database";
import { currentQuestion, fillAnswer, submitAnswer } from "../support/quiz";
import { signUpFreshStudent, takeQuizWithMistakes } from "../support/review";

const DAY = 24 * 60 * 60 * 1000;

test("facts answered in a quiz come back in the review queue once time has passed", async ({ page }) => {
  const userId = await signUpFreshStudent(page, "due-review");
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "今日復習する問題はありません" })).toBeVisible();

  await takeQuizWithMistakes(page, { type: "true-false", wrongAt: [1] });
  const db = await e2eDatabase();
  // Answers are scheduled in batches a moment after they are stored.
  await expect.poll(() => db.reviewLog.count({ where: { userId } })).toBeGreaterThanOrEqual(5);
  const cards = await db.reviewCard.findMany({ where: { userId } });
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) expect(card.due.getTime()).toBeGreaterThan(Date.now());

  // "Time has passed" for the server: every card's due moment is now a day ago.
  await db.reviewCard.updateMany({ where: { userId }, data: { due: new Date(Date.now() - DAY) } });
  await page.goto("/review");
  await expect(page.getByTestId("due-review-count")).toHaveText(`復習する事実が${cards.length}件あります`);

  await page.getByRole("button", { name: "復習をはじめる" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const attemptId = page.url().split("/").at(-1)!;
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(attempt).toMatchObject({ source: "review", articleSlug: null, mode: "practice" });
  const dueFacts = new Set(cards.map((card) => card.factId));
  for (const id of JSON.parse(attempt.questionIds) as string[]) {
    expect(findQuestion(id)!.factIds.some((factId) => dueFacts.has(factId))).toBe(true);
  }

  const question = await currentQuestion(page, attemptId);
  await fillAnswer(page, question, true);
  await submitAnswer(page);
  await expect(page.getByRole("main").getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
  const reviewedDue = async () =>
    (
      await db.reviewCard.findUniqueOrThrow({
        where: {
          userId_articleSlug_factId: {
            userId,
            articleSlug: question.articleSlug,
            factId: question.factIds[0]!,
          },
        },
      })
    ).due.getTime();
  await expect.poll(reviewedDue).toBeGreaterThan(Date.now());
  expect(await db.reviewCard.count({ where: { userId, due: { lte: new Date() } } })).toBeLessThan(
    cards.length,
  );
});

test("with nothing due now but a fact due later today, /review says when, in the student's own time zone", async ({
  page,
}) => {
  const userId = await signUpFreshStudent(page, "next-review");
  const due = new Date(Date.now() + 60 * 60 * 1000);
  // A zone where this hour and the next fall on the same day, so "later today" holds whenever the test runs.
  const zones = ["Asia/Tokyo", "Europe/London", "America/New_York", "Pacific/Honolulu", "Asia/Kolkata"];
  const hourIn = (zone: string, at: Date) =>
    Number(
      new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: zone }).format(at),
    );
  const timeZone = zones.find((zone) => hourIn(zone, new Date()) >= 1 && hourIn(zone, new Date()) <= 21)!;
  const db = await e2eDatabase();
  await db.user.update({ where: { id: userId }, data: { timeZone } });
  await db.reviewCard.create({
    data: {
      userId,
      articleSlug: "russia-north-korea-partnership",
      factId: "later-today",
      due,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
    },
  });
  await page.goto("/review");
  const time = new Intl.DateTimeFormat("ja-JP", { timeStyle: "short", timeZone }).format(due);
  await expect(page.getByRole("heading", { level: 2, name: `次の復習は ${time}` })).toBeVisible();
  await expect(page.getByText("今日復習する問題はありません")).toHaveCount(0);
});
