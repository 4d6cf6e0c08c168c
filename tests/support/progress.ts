import type { Question } from "@jiji/content/server";
import { expect, type Locator, type Page } from "@playwright/test";
import { currentQuestion, fillAnswer, submitAnswer } from "./quiz";

/** Answers every question of a test-mode attempt through the UI; returns the questions in order. */
export async function answerTestQuiz(
  page: Page,
  attemptId: string,
  isRightAt: (position: number) => boolean,
  total = 5,
): Promise<Question[]> {
  const questions: Question[] = [];
  for (let position = 1; position <= total; position++) {
    await expect(page.getByText(`${position} / ${total}`)).toBeVisible();
    const question = await currentQuestion(page, attemptId);
    questions.push(question);
    await fillAnswer(page, question, isRightAt(position));
    await submitAnswer(page);
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  return questions;
}

/** One figure of the totals on /progress ("解いた問題", "正答率", …), by its test id. */
export function progressTotal(
  page: Page,
  id: "answered" | "accuracy" | "attempts" | "study-time" | "streak",
) {
  return page.getByTestId(`total-${id}`);
}

/** The counts row of an article in the mastery table; cells are 未着手, 学習中, なじみあり, 習得済み, 合計. */
export function articleMasteryRow(page: Page, articleTitle: string): Locator {
  return page
    .getByTestId("mastery-by-article")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: articleTitle, exact: true }) });
}

export async function masteryCounts(row: Locator) {
  const cells = await row.getByRole("cell").allTextContents();
  const [notStarted, learning, familiar, mastered, total] = cells.slice(0, 5).map(Number);
  return { notStarted, learning, familiar, mastered, total };
}
