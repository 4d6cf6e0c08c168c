import { getArticle } from "@jiji/content/server";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { signOut } from "../support/accounts";
import { seriousViolations } from "../support/axe";
import { ARTICLE_SLUG, currentQuestion, fillAnswer, submitAnswer } from "../support/quiz";
import { buildTrueFalseSet, DEMO_TEACHER, signInAs } from "../support/teacher";

const ARTICLE = `/articles/${ARTICLE_SLUG}`;
const STUDENT = { email: "hanako@jiji.example", password: "jiji-student-2026" };

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function expectNoSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

test("a visitor reads the article on a phone: marked sentences, views set apart, glossary on focus, furigana on demand, a timeline", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto(ARTICLE);
  const text = page.locator(".reading-text");
  await expect(text).toHaveAttribute("lang", "ja");
  await expect(text.locator("mark.reading-sentence").first()).toBeVisible();
  // Editors' notes (where the article contradicts itself, and how the editor read it) stay off the page.
  const article = getArticle(ARTICLE_SLUG)!;
  const notes = [...article.facts, ...article.sources].flatMap((item) => item.conflicts.map((c) => c.note));
  expect(notes.length, "the seed article has notes to keep off the page").toBeGreaterThan(0);
  // The whole document, the RSC payload included: a note must not reach the browser at all.
  const pageText = await page.content();
  expect(notes.filter((note) => pageText.includes(note))).toEqual([]);
  // The last paragraphs, far below the screen, are not laid out on arrival: each holds the height its length
  // predicts until it comes near (reading.css). Nor are the fact cards below the text; a sentence's questions link
  // still lands on its card, laid out, at the top of the screen.
  // (checkVisibility asks whether an element sits in a subtree that is not laid out: an element inside a paragraph
  // or a card, not the paragraph or the card itself.)
  const laidOut = (inside: Locator) =>
    inside.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut(text.locator(".reading-paragraph mark").last())).toBe(false);
  const statementOf = (href: string) => page.locator(`${href} .fact__statement`);
  expect(await laidOut(page.locator("li.fact .fact__statement").last())).toBe(false);
  const questionsLink = text.locator(".reading-sentence__questions").nth(10);
  const cardHref = (await questionsLink.getAttribute("href"))!;
  await questionsLink.click();
  await expect(page).toHaveURL(new RegExp(`${cardHref}$`));
  await expect(statementOf(cardHref)).toBeInViewport();
  expect(await laidOut(statementOf(cardHref))).toBe(true);
  // scroll-margin-top: 4rem (64 px), give or take the rounding of the placeholders' heights
  expect(Math.abs((await page.locator(cardHref).boundingBox())!.y - 64)).toBeLessThanOrEqual(2);
  await page.goto(ARTICLE);
  await expect(text.locator(".reading-sentence--assessment").first()).toContainText("見方");
  await expect(text.getByRole("complementary", { name: "筆者の感想" }).first()).toBeVisible();

  // Furigana is off by default: no reading reaches the page.
  const toggle = page.getByTestId("furigana-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(text.locator("ruby")).toHaveCount(0);

  // A glossary word shows its meaning on keyboard focus and hides on Escape.
  const term = text.getByRole("link", { name: "蜜月", exact: true }).first();
  await term.focus();
  const meaning = page.getByRole("tooltip").filter({ hasText: "仲がよい" }).first();
  await expect(meaning).toBeVisible();
  // Paragraphs are laid out only near the screen (content-visibility: auto), which clips what overflows them:
  // the paragraph of an open meaning is rendered in full, so the meaning is not cut at the paragraph's edge.
  const termParagraph = term.locator("xpath=ancestor::p[1]");
  await expect(termParagraph).toHaveClass(/reading-paragraph/);
  await expect(termParagraph).toHaveCSS("content-visibility", "visible");
  await page.keyboard.press("Escape");
  await expect(meaning).toBeHidden();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  // A tap opens it (the tap's own focus does not close it again) and stays on the page; a second tap closes it.
  await term.click();
  await expect(meaning).toBeVisible();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await term.click();
  await expect(meaning).toBeHidden();

  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  // On: readings as <ruby>, the entity registry's reading over the analyser's; remembered (cookie) on reload.
  await toggle.click();
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(text.locator("ruby").first()).toBeVisible();
  await expect(text.locator("ruby", { hasText: "金正恩" }).first().locator("rt")).toHaveText(
    "キム・ジョンウン",
  );
  await page.reload();
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "true");
  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  // The timeline: every point is reachable by keyboard and leads to its sentence; a table holds the same dates.
  const point = page.locator(".timeline__chart a").first();
  await point.focus();
  await expect(point).toBeFocused();
  await expect(point).toHaveAttribute("href", /#sentence-/);
  await page.getByText("年表を表で見る").click();
  await expect(page.locator(".timeline__table tbody tr").first()).toContainText(/\d{4}年/);

  await page.goto("/timeline/putin");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("プーチン大統領の年表");
  await expect(page.locator(".timeline__chart a").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  // The English UI labels the page in English and marks the article's Japanese as such.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: "127.0.0.1", path: "/" }]);
  await page.goto(ARTICLE);
  await expect(page.getByRole("heading", { level: 2, name: "Read the article" })).toBeVisible();
  await expect(page.locator(".reading-text")).toHaveAttribute("lang", "ja");
  await expect(page.locator(".reading-sentence__stance").first()).toHaveText("View");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a student practises a sentence and sees it quoted only after answering, in feedback, results and mistakes", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, STUDENT);
  await page.goto(ARTICLE);

  // Furigana is remembered on the account: on here, off again once signed out.
  await page.getByTestId("furigana-toggle").click();
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "true");

  const firstFact = page
    .locator("li.fact")
    .filter({ has: page.getByRole("button", { name: "この文から出る問題" }) });
  const factId = (await firstFact.first().getAttribute("id"))!.replace(/^fact-/, "");
  const sentence = await page.locator(`mark[data-fact-ids~="${factId}"]`).evaluate((mark) => {
    const copy = mark.cloneNode(true) as HTMLElement;
    const extras = copy.querySelectorAll(
      ".reading-sentence__questions, .reading-sentence__stance, rt, rp, [role=tooltip]",
    );
    extras.forEach((extra) => {
      extra.remove();
    });
    return copy.textContent ?? "";
  });
  await page.setViewportSize(PHONE);
  await firstFact.first().getByRole("button", { name: "この文から出る問題" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const attemptId = page.url().split("/").at(-1)!;

  for (;;) {
    // Before the answer: no quoted sentence, no link back to it, and no reading over a stem or an option even
    // with furigana on (a reading can be the answer).
    await expect(page.getByTestId("evidence")).toHaveCount(0);
    await expect(page.locator("main ruby")).toHaveCount(0);
    await fillAnswer(page, await currentQuestion(page, attemptId), false);
    await submitAnswer(page);
    const evidence = page.getByTestId("evidence");
    await expect(evidence).toBeVisible();
    await expect(evidence.locator("mark").first()).not.toBeEmpty();
    await expect(evidence.getByRole("link", { name: "記事で読む" }).first()).toHaveAttribute(
      "href",
      new RegExp(`^${ARTICLE}#sentence-`),
    );
    const next = page.getByRole("button", { name: /次の問題へ|結果を見る/ });
    const isLast = (await next.textContent())?.includes("結果を見る");
    await next.click();
    if (isLast) break;
  }
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByTestId("evidence").first()).toBeVisible();
  await expect(page.getByTestId("evidence").locator("mark", { hasText: sentence }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/mistakes");
  await expect(page.getByTestId("evidence").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(ARTICLE);
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "true");
  await page.setViewportSize(DESKTOP);
  await signOut(page);
  await page.goto(ARTICLE);
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "false");
});

test("a teacher prints the article's worksheet: A4 pages, the answer key on a page of its own", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(`${ARTICLE}/worksheet`);
  await expect(page).toHaveURL(/\/signin/); // it holds the key: teachers only

  await signInAs(page, DEMO_TEACHER);
  await page.setViewportSize(PHONE);
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: "印刷用ワークシート" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".worksheet__question")).toHaveCount(10);
  await expect(page.getByRole("heading", { level: 2, name: /^解答/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  expect(
    await page.locator(".worksheet__key").evaluate((element) => getComputedStyle(element).breakBefore),
  ).toBe("page");
  const pdf = await page.pdf({ preferCSSPageSize: true, path: testInfo.outputPath("worksheet.pdf") });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for a look at the printed page
  await page.screenshot({ path: testInfo.outputPath("worksheet-print.png"), fullPage: true });
  await page.screenshot({
    path: testInfo.outputPath("worksheet-page-1.png"),
    clip: { x: 0, y: 0, width: 794, height: 1123 },
  });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  // A4 portrait is 595 × 842 points.
  expect(pdf.toString("latin1")).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);

  // A quiz set prints as its own worksheet: the set's questions, linked from the set's page.
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize(DESKTOP);
  await buildTrueFalseSet(page, "朝学習ワークシート", 5);
  await page
    .getByRole("link", { name: /^印刷用ワークシート/ })
    .first()
    .click();
  await expect(page.getByText("クイズセット「朝学習ワークシート」")).toBeVisible();
  await expect(page.locator(".worksheet__question")).toHaveCount(5);
  await expect(page.locator(".worksheet__question .worksheet__box")).toHaveCount(5);
});
