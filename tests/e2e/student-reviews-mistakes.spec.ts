import { findQuestion } from "@jiji/content/server";
import { expect, test } from "@playwright/test";
import { e2eDatabase } from "../support/database";
import { answerWholeAttempt, signUpFreshStudent, takeQuizWithMistakes } from "../support/review";

test("a wrong answer appears in the mistakes list, and answering it right in a retry removes it", async ({
  page,
}) => {
  await signUpFreshStudent(page, "mistakes");
  await page.goto("/mistakes");
  await expect(page.getByRole("heading", { name: "間違えた問題はありません" })).toBeVisible();

  const { wrongQuestionIds } = await takeQuizWithMistakes(page, { type: "true-false", wrongAt: [2] });
  const wrong = findQuestion(wrongQuestionIds[0]!)!;

  await page.goto("/mistakes");
  await expect(page.getByRole("heading", { level: 1, name: /間違えた問題/ })).toBeVisible();
  await expect(page.getByTestId("open-mistake-count")).toHaveText("1問");
  const item = page.getByRole("main").getByRole("listitem").filter({ hasText: wrong.stem.ja });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("あなたの最後の回答");
  await expect(item).toContainText(wrong.explanation.ja);
  await expect(item).toContainText(wrong.citations[0]!.publisher);

  // Filters: another type hides it, its own type keeps it.
  await page.getByLabel("問題の種類").selectOption({ label: "穴埋め(記述)" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByRole("heading", { name: "この条件に合う間違えた問題はありません" })).toBeVisible();
  await page.getByLabel("問題の種類").selectOption({ label: "正誤" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByTestId("open-mistake-count")).toHaveText("1問");

  await page.getByRole("button", { name: "間違えた問題に再挑戦する(1問)" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const retryId = page.url().split("/").at(-1)!;
  await answerWholeAttempt(page, retryId, 1, true);

  await page.goto("/mistakes");
  await expect(page.getByRole("heading", { name: "間違えた問題はありません" })).toBeVisible();
  const db = await e2eDatabase();
  const retry = await db.attempt.findUniqueOrThrow({ where: { id: retryId } });
  expect(retry).toMatchObject({ source: "mistakes", mode: "practice", questionCount: 1 });
  expect(JSON.parse(retry.questionIds)).toEqual([wrong.id]);
  // History is kept: the wrong answer and the right one are both stored.
  const history = await db.response.findMany({
    where: { userId: retry.userId, questionId: wrong.id },
    orderBy: { createdAt: "asc" },
  });
  expect(history.map((row) => row.isCorrect)).toEqual([false, true]);
});
