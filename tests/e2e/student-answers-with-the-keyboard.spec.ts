import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";
import { ARTICLE_SLUG, answerWithKeyboard, currentQuestion, practiceTypes, startQuiz } from "../support/quiz";

test("a whole practice quiz of every question type can be done with the keyboard alone", async ({ page }) => {
  test.setTimeout(60_000); // ten questions on a shared two-core machine took up to 28 s of the default 30
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
  // Every type the article's practice quizzes can serve (review may leave a type out of an article's bank).
  expect([...seenTypes].sort()).toEqual(practiceTypes(ARTICLE_SLUG));
});

test("an ordering question is one Tab stop per item, each saying its position, then the submit button", async ({
  page,
}) => {
  await page.goto("/signin");
  await signIn(page, { email: "taro@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("鈴木 太郎");
  await startQuiz(page, { types: ["ordering"], mode: "practice" });
  const rows = page.getByRole("main").getByRole("listitem");
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await rows.first().focus();
  for (let position = 2; position <= total; position++) {
    await page.keyboard.press("Tab");
    await expect(rows.nth(position - 1)).toBeFocused();
    await expect(rows.nth(position - 1)).toHaveAttribute(
      "aria-label",
      new RegExp(`^${total}件中${position}番目：`),
    );
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "回答する" })).toBeFocused();
  // Arrow keys still move the focused item, and the move is announced.
  const last =
    (await rows
      .nth(total - 1)
      .locator(".quiz-ordering__text")
      .textContent()) ?? "";
  await rows.nth(total - 1).focus();
  await page.keyboard.press("Home");
  await expect(rows.first()).toHaveAttribute("aria-label", `${total}件中1番目：${last}`);
  await expect(page.getByText(`「${last}」を${total}件中1番目に移動しました`)).toBeAttached();
});
