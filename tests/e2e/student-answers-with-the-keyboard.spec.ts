import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { answerWithKeyboard, currentQuestion, startQuiz } from "../support/quiz";

test("a whole practice quiz of every question type can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, { email: "taro@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("鈴木 太郎");
  const attemptId = await startQuiz(page, {
    types: ["single-choice", "true-false", "cloze", "ordering", "matching", "numeric"],
    count: 10,
    mode: "practice",
  });

  const seenTypes = new Set<string>();
  for (let position = 1; position <= 10; position++) {
    await expect(page.getByText(`${position} / 10`)).toBeVisible();
    const question = await currentQuestion(page, attemptId);
    seenTypes.add(question.type);
    await answerWithKeyboard(page, question);
    await expect(page.getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
    // The continue button takes focus, so Enter moves on.
    const next = page.getByRole("button", { name: position === 10 ? "結果を見る" : "次の問題へ" });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  await expect(page.getByText("10 / 10問正解")).toBeVisible();
  expect([...seenTypes].sort()).toEqual([
    "cloze",
    "matching",
    "numeric",
    "ordering",
    "single-choice",
    "true-false",
  ]);
});
