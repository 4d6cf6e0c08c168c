import AxeBuilder from "@axe-core/playwright";
import { BLANK } from "@jiji/content";
import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** How far the page scrolls sideways (0 when it fits the screen). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on a 390 px phone the header is one row with a menu, and quiz, mistakes and progress fit the screen", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "スマホ 生徒", email: uniqueEmail("phone"), password: "phone-pass-2026" });
  // Signed in once the sign-in's redirect home has landed: a menu opened before that is closed by the move.
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
  const header = page.getByRole("banner");
  const menu = header.locator("details.site-menu");
  const toggle = menu.locator("summary");
  await expect(toggle).toHaveText(/メニュー/);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
  await page.screenshot({ path: testInfo.outputPath("header-closed.png") });

  // The menu opens and closes from the keyboard, and holds the links and the account.
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  await expect(header.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await expect(header.getByRole("link", { name: "今日の復習" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("header-open.png") });
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(toggle).toBeFocused();
  await expect(header.getByRole("button", { name: "ログアウト" })).toBeHidden();

  // A cloze stem keeps each 「(  )」 on one line.
  const attemptId = await startQuiz(page, { types: ["cloze"], mode: "practice" });
  const question = await currentQuestion(page, attemptId);
  const blanks = page.locator(".quiz-stem .quiz-blank");
  const blankCount = question.stem.ja.split(BLANK).length - 1;
  await expect(blanks).toHaveCount(blankCount);
  for (const blank of await blanks.all()) {
    expect(await blank.evaluate((element) => element.getClientRects().length)).toBe(1);
  }
  expect(await sidewaysScroll(page)).toBe(0);
  await page.screenshot({ path: testInfo.outputPath("quiz.png"), fullPage: true });
  await fillAnswer(page, question, false);
  await submitAnswer(page);
  await expect(page.getByRole("heading", { name: "不正解", exact: true })).toBeVisible();

  // Following a link in the menu closes it.
  await toggle.click();
  await header.getByRole("link", { name: /間違えた問題/ }).click();
  await expect(page.getByTestId("open-mistake-count")).toHaveText("1問");
  await expect(menu).not.toHaveAttribute("open");
  expect(await sidewaysScroll(page)).toBe(0);
  // The same stem on /mistakes keeps its gaps whole too.
  await expect(page.locator(".review-item__stem .quiz-blank")).toHaveCount(blankCount);
  await page.screenshot({ path: testInfo.outputPath("mistakes.png"), fullPage: true });

  // The progress tables scroll sideways inside themselves, and a keyboard can reach them to do so.
  await page.goto("/progress");
  const scrolling = await page
    .locator(".progress-table__scroll")
    .evaluateAll((regions) => regions.filter((region) => region.scrollWidth > region.clientWidth).length);
  expect(scrolling).toBeGreaterThan(0);
  expect(await sidewaysScroll(page)).toBe(0);
  const axe = await new AxeBuilder({ page }).withRules(["scrollable-region-focusable"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});
