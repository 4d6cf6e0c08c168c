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
