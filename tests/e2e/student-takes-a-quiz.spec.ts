import { QUESTION_TYPES } from "@jiji/content";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { e2eDatabase } from "../support/database";
import { articleForType, currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";

test.beforeEach(async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("佐藤 花子");
});

// Each type on the article whose reviewed practice bank holds most of it: a quiz of up to five questions.
for (const type of QUESTION_TYPES) {
  const { articleSlug, count } = articleForType(type);

  test(`practice mode, ${type}: right and wrong answers get feedback, explanation and source`, async ({
    page,
  }) => {
    expect(count, `the reviewed banks serve no ${type} question to practise`).toBeGreaterThan(0);
    const attemptId = await startQuiz(page, { types: [type], mode: "practice", articleSlug });
    const wrongAt = count >= 2 ? 2 : 0;
    const feedback = page.getByRole("main");
    for (let position = 1; position <= count; position++) {
      await expect(page.getByText(`${position} / ${count}`)).toBeVisible();
      const question = await currentQuestion(page, attemptId);
      expect(question.type).toBe(type);
      await fillAnswer(page, question, position !== wrongAt);
      await submitAnswer(page);
      if (position === wrongAt) {
        await expect(feedback.getByRole("heading", { name: "不正解", exact: true })).toBeVisible();
      } else {
        await expect(feedback.getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
        if (position === 1) {
          await expect(feedback.getByText(question.explanation.ja)).toBeVisible();
          await expect(feedback.getByText(question.citations[0]!.publisher).first()).toBeVisible();
        }
      }
      await page.getByRole("button", { name: position === count ? "結果を見る" : "次の問題へ" }).click();
    }

    await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
    const right = wrongAt ? count - 1 : count;
    await expect(page.getByText(`${right} / ${count}問正解`)).toBeVisible();
    const db = await e2eDatabase();
    const stored = await db.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(stored.map((row) => row.isCorrect)).toEqual(
      Array.from({ length: count }, (_, index) => index + 1 !== wrongAt),
    );
  });

  test(`test mode, ${type}: no feedback until the results page, which reviews every question`, async ({
    page,
  }) => {
    expect(count, `the reviewed banks serve no ${type} question to practise`).toBeGreaterThan(0);
    const attemptId = await startQuiz(page, { types: [type], mode: "test", articleSlug });
    const wrongAt = Math.min(3, count);
    for (let position = 1; position <= count; position++) {
      await expect(page.getByText(`${position} / ${count}`)).toBeVisible();
      await fillAnswer(page, await currentQuestion(page, attemptId), position !== wrongAt);
      await submitAnswer(page);
      await expect(page.getByRole("heading", { name: /正解！|不正解/ })).toHaveCount(0);
    }
    await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
    await expect(page.getByText(`${count - 1} / ${count}問正解`)).toBeVisible();
    const reviews = page.getByRole("main").getByRole("listitem").filter({ hasText: "あなたの回答" });
    await expect(reviews).toHaveCount(count);
    await expect(reviews.nth(wrongAt - 1)).toContainText(/✗ 不正解|△ 部分点/);
    if (wrongAt !== 1) await expect(reviews.nth(0)).toContainText("✓ 正解");
  });
}
