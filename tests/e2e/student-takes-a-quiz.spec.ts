import { QUESTION_TYPES } from "@jiji/content";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { e2eDatabase } from "../support/database";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";

test.beforeEach(async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("佐藤 花子");
});

for (const type of QUESTION_TYPES) {
  test(`practice mode, ${type}: right and wrong answers get feedback, explanation and source`, async ({
    page,
  }) => {
    const attemptId = await startQuiz(page, { types: [type], mode: "practice" });
    await expect(page.getByText("1 / 5")).toBeVisible();

    const first = await currentQuestion(page, attemptId);
    expect(first.type).toBe(type);
    await fillAnswer(page, first, true);
    await submitAnswer(page);
    const feedback = page.getByRole("main");
    await expect(feedback.getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
    await expect(feedback.getByText(first.explanation.ja)).toBeVisible();
    await expect(feedback.getByText(first.citations[0]!.publisher).first()).toBeVisible();
    await page.getByRole("button", { name: "次の問題へ" }).click();

    await expect(page.getByText("2 / 5")).toBeVisible();
    const second = await currentQuestion(page, attemptId);
    await fillAnswer(page, second, false);
    await submitAnswer(page);
    await expect(feedback.getByRole("heading", { name: "不正解", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "次の問題へ" }).click();

    for (const position of [3, 4, 5]) {
      await expect(page.getByText(`${position} / 5`)).toBeVisible();
      await fillAnswer(page, await currentQuestion(page, attemptId), true);
      await submitAnswer(page);
      await expect(feedback.getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
      await page.getByRole("button", { name: position === 5 ? "結果を見る" : "次の問題へ" }).click();
    }

    await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
    await expect(page.getByText("4 / 5問正解")).toBeVisible();
    const db = await e2eDatabase();
    const stored = await db.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(stored.map((row) => row.isCorrect)).toEqual([true, false, true, true, true]);
  });

  test(`test mode, ${type}: no feedback until the results page, which reviews every question`, async ({
    page,
  }) => {
    const attemptId = await startQuiz(page, { types: [type], mode: "test" });
    for (const position of [1, 2, 3, 4, 5]) {
      await expect(page.getByText(`${position} / 5`)).toBeVisible();
      await fillAnswer(page, await currentQuestion(page, attemptId), position !== 3);
      await submitAnswer(page);
      await expect(page.getByRole("heading", { name: /正解！|不正解/ })).toHaveCount(0);
    }
    await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
    await expect(page.getByText("4 / 5問正解")).toBeVisible();
    const reviews = page.getByRole("main").getByRole("listitem").filter({ hasText: "あなたの回答" });
    await expect(reviews).toHaveCount(5);
    await expect(reviews.nth(2)).toContainText(/✗ 不正解|△ 部分点/);
    await expect(reviews.nth(0)).toContainText("✓ 正解");
  });
}
