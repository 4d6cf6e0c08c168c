import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";

/** The open-mistake count in the header's 「間違えた問題」 link (0 when it shows no badge). */
async function headerMistakeCount(page: Page): Promise<number> {
  const link = page.getByRole("banner").getByRole("link", { name: /間違えた問題/ });
  const text = (await link.textContent()) ?? "";
  return Number(text.match(/未解決 (\d+)問/)?.[1] ?? 0);
}

async function newStudent(page: Page, label: string) {
  await signUp(page, { name: label, email: uniqueEmail(label), password: "count-check-2026" });
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
}

test("after a test whose last answer is wrong, the header counts that mistake, as /mistakes does", async ({
  page,
}) => {
  await newStudent(page, "header-count");
  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "test" });
  for (let position = 1; position <= 5; position++) {
    await expect(page.getByText(`${position} / 5`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), position !== 2 && position !== 5);
    await submitAnswer(page);
  }
  await expect(page).toHaveURL(/\/results$/);
  await expect.poll(() => headerMistakeCount(page)).toBe(2);
  // The results page starts keyboard and screen-reader users at its heading.
  await expect(page.getByRole("heading", { level: 1, name: "結果" })).toBeFocused();
  // The header's own link to /mistakes (a full page load) agrees with the page.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /間違えた問題/ })
    .click();
  await expect(page.getByTestId("open-mistake-count")).toHaveText("2問");
  expect(await headerMistakeCount(page)).toBe(2);
});

test("leaving a practice quiz by the header link while the feedback shows still counts that answer", async ({
  page,
}) => {
  await newStudent(page, "header-count-practice");
  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "practice" });
  await fillAnswer(page, await currentQuestion(page, attemptId), false);
  await submitAnswer(page);
  await expect(page.getByRole("heading", { name: "不正解", exact: true })).toBeVisible();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /間違えた問題/ })
    .click();
  await expect(page.getByTestId("open-mistake-count")).toHaveText("1問");
  await expect.poll(() => headerMistakeCount(page)).toBe(1);
});
