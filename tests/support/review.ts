import type { QuestionType } from "@jiji/content";
import { expect, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./accounts";
import { e2eDatabase } from "./database";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "./quiz";

/** A new student of their own, so mistakes and review cards start empty; returns the user id. */
export async function signUpFreshStudent(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(label);
  await signUp(page, { name: "復習 太郎", email, password: "review-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("復習 太郎");
  const db = await e2eDatabase();
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

/**
 * Takes a 5-question practice quiz of one type through the UI, answering wrong at the given 1-based positions;
 * returns the attempt id and the question ids answered wrong.
 */
export async function takeQuizWithMistakes(
  page: Page,
  options: { type: QuestionType; wrongAt: number[] },
): Promise<{ attemptId: string; wrongQuestionIds: string[] }> {
  const attemptId = await startQuiz(page, { types: [options.type], mode: "practice" });
  const wrongQuestionIds: string[] = [];
  for (const position of [1, 2, 3, 4, 5]) {
    await expect(page.getByText(`${position} / 5`)).toBeVisible();
    const question = await currentQuestion(page, attemptId);
    const isRight = !options.wrongAt.includes(position);
    if (!isRight) wrongQuestionIds.push(question.id);
    await fillAnswer(page, question, isRight);
    await submitAnswer(page);
    await expect(
      page.getByRole("main").getByRole("heading", { name: isRight ? "正解！" : "不正解", exact: true }),
    ).toBeVisible();
    await page.getByRole("button", { name: position === 5 ? "結果を見る" : "次の問題へ" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  return { attemptId, wrongQuestionIds };
}

/** Answers every question of a practice attempt right (or wrong) through the UI, up to the results page. */
export async function answerWholeAttempt(page: Page, attemptId: string, total: number, isRight = true) {
  for (let position = 1; position <= total; position++) {
    await expect(page.getByText(`${position} / ${total}`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), isRight);
    await submitAnswer(page);
    await expect(
      page.getByRole("main").getByRole("heading", { name: isRight ? "正解！" : "不正解", exact: true }),
    ).toBeVisible();
    await page.getByRole("button", { name: position === total ? "結果を見る" : "次の問題へ" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
}
