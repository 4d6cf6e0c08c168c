import type { QuestionType } from "@jiji/content";
import { getArticles, getQuestionBank, isAssessmentReserved, type Question } from "@jiji/content/server";
import { expect, type Page } from "@playwright/test";
import { questionAt } from "./database";

export const ARTICLE_SLUG = "russia-north-korea-partnership";
const TYPE_LABELS: Record<QuestionType, string> = {
  "single-choice": "4択",
  "true-false": "正誤",
  cloze: "穴埋め(記述)",
  ordering: "並べ替え",
  matching: "組み合わせ",
  numeric: "数値",
};

/** Starts a quiz of one question type from the article page; returns the attempt id. */
export async function startQuiz(
  page: Page,
  options: { types: QuestionType[]; count?: 5 | 10 | 20; mode: "practice" | "test"; articleSlug?: string },
): Promise<string> {
  await page.goto(`/articles/${options.articleSlug ?? ARTICLE_SLUG}`);
  for (const [type, label] of Object.entries(TYPE_LABELS)) {
    await page
      .getByRole("checkbox", { name: label, exact: true })
      .setChecked(options.types.includes(type as QuestionType));
  }
  await page.getByRole("radio", { name: `${options.count ?? 5}問`, exact: true }).check();
  await page
    .getByRole("radio", { name: options.mode === "practice" ? /練習モード/ : /テストモード/ })
    .check();
  await page.getByRole("button", { name: "クイズをはじめる" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  return page.url().split("/").at(-1)!;
}

/** The question on screen, with its key, read from the progress label ("2 / 5") and the stored attempt. */
export async function currentQuestion(page: Page, attemptId: string): Promise<Question> {
  const progress = page.getByRole("progressbar");
  await expect(progress).toBeVisible();
  const position = Number((await progress.getAttribute("aria-valuetext"))?.match(/(\d+)問目/)?.[1]);
  return questionAt(attemptId, position);
}

/** Fills in the answer through the UI (mouse), right or deliberately wrong, without submitting. */
export async function fillAnswer(page: Page, question: Question, isRight: boolean): Promise<void> {
  const main = page.getByRole("main");
  switch (question.type) {
    case "single-choice": {
      const option = question.options.find((candidate) => candidate.isCorrect === isRight)!;
      await main.getByRole("radio", { name: option.text, exact: true }).check();
      return;
    }
    case "true-false":
      await main
        .getByRole("radio", { name: question.answer === isRight ? "正しい" : "誤り", exact: true })
        .check();
      return;
    case "cloze":
      await main
        .getByRole("textbox", { name: "答え", exact: true })
        .fill(isRight ? question.acceptedAnswers[0]! : "まったく別の答え");
      return;
    case "numeric":
      await main
        .getByRole("textbox", { name: "答え", exact: true })
        .fill(isRight ? String(question.answer.value) : String(question.answer.value * 7 + 9999));
      return;
    case "ordering": {
      const target = question.items.map((item) => item.text);
      if (!isRight) target.reverse();
      await reorder(page, target);
      return;
    }
    case "matching": {
      const rightText = new Map(question.right.map((item) => [item.id, item.text]));
      const correct = question.left.map((left) => rightText.get(question.correctPairs[left.id]!)!);
      const chosen = isRight ? correct : [...correct.slice(1), correct[0]!];
      for (const [index, left] of question.left.entries()) {
        await main.getByLabel(left.text, { exact: true }).selectOption({ label: chosen[index]! });
      }
      return;
    }
  }
}

/** Moves list items with the 「上へ」 buttons until the list reads as `target`. */
async function reorder(page: Page, target: string[]) {
  const itemTexts = page.getByRole("main").getByRole("listitem").locator(".quiz-ordering__text");
  for (let index = 0; index < target.length; index++) {
    const texts = await itemTexts.allTextContents();
    const from = texts.indexOf(target[index]!);
    for (let step = from; step > index; step--) {
      await page.getByRole("button", { name: `${target[index]}を上へ`, exact: true }).click();
    }
  }
}

export async function submitAnswer(page: Page) {
  await page.getByRole("button", { name: "回答する" }).click();
}

/** Presses Tab until the focused element matches, so a journey can be done with the keyboard alone. */
export async function tabUntil(page: Page, isTarget: (element: { tag: string; label: string }) => boolean) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const labelledBy = element?.getAttribute("aria-labelledby");
      const label =
        element?.getAttribute("aria-label") ??
        (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        element?.textContent ??
        "";
      return { tag: element?.tagName.toLowerCase() ?? "", label: label.trim() };
    });
    if (isTarget(focused)) return;
  }
  throw new Error("Tab never reached the expected element");
}

/** Answers the question on screen correctly with the keyboard only (no clicks), and submits it. */
export async function answerWithKeyboard(page: Page, question: Question): Promise<void> {
  const main = page.getByRole("main");
  switch (question.type) {
    case "single-choice": {
      const correct = question.options.find((option) => option.isCorrect)!.text;
      const shown = await main
        .getByRole("radio")
        .evaluateAll((radios) => radios.map((radio) => radio.closest("label")?.textContent ?? ""));
      const index = shown.findIndex((text) => text.includes(correct));
      await page.keyboard.press(String(index + 1));
      await page.keyboard.press("Enter");
      return;
    }
    case "true-false":
      await page.keyboard.press(question.answer ? "1" : "2");
      await page.keyboard.press("Enter");
      return;
    case "cloze":
    case "numeric":
      await tabUntil(page, (element) => element.tag === "input");
      await page.keyboard.type(
        question.type === "cloze" ? question.acceptedAnswers[0]! : String(question.answer.value),
      );
      await page.keyboard.press("Enter");
      return;
    case "ordering": {
      const target = question.items.map((item) => item.text);
      const itemTexts = main.getByRole("listitem").locator(".quiz-ordering__text");
      for (let index = 0; index < target.length; index++) {
        const from = (await itemTexts.allTextContents()).indexOf(target[index]!);
        if (from === index) continue;
        await page.getByRole("main").getByRole("listitem").nth(from).focus();
        for (let step = from; step > index; step--) await page.keyboard.press("ArrowUp");
      }
      await tabUntil(page, (element) => element.tag === "button" && element.label === "回答する");
      await page.keyboard.press("Enter");
      return;
    }
    case "matching": {
      for (const left of question.left) {
        const select = main.getByRole("combobox", { name: left.text, exact: true });
        await tabUntil(page, (element) => element.tag === "select" && element.label === left.text);
        const wanted = question.right.find((right) => right.id === question.correctPairs[left.id])!.text;
        const labels = await select.locator("option").allTextContents();
        for (let presses = 0; presses < labels.indexOf(wanted); presses++)
          await page.keyboard.press("ArrowDown");
        await expect(select.locator("option:checked")).toHaveText(wanted);
      }
      await tabUntil(page, (element) => element.tag === "button" && element.label === "回答する");
      await page.keyboard.press("Enter");
      return;
    }
  }
}

function practiceQuestions(articleSlug: string): Question[] {
  return getQuestionBank(articleSlug).filter((question) => !isAssessmentReserved(question.id));
}

/** The question types an article's practice quizzes can serve: approved, and not reserved for assessment. */
export function practiceTypes(articleSlug: string): QuestionType[] {
  return [...new Set(practiceQuestions(articleSlug).map((question) => question.type))].sort();
}

/** The shipped article whose practice quizzes hold the most questions of a type, and how many (at most 5). */
export function articleForType(type: QuestionType): { articleSlug: string; count: number } {
  const best = getArticles()
    .map((article) => ({
      articleSlug: article.slug,
      count: practiceQuestions(article.slug).filter((question) => question.type === type).length,
    }))
    .sort((a, b) => b.count - a.count)[0]!;
  return { articleSlug: best.articleSlug, count: Math.min(5, best.count) };
}
