import { expect, type Page, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../support/accounts";
import { e2eDatabase } from "../support/database";
import { currentQuestion, fillAnswer, submitAnswer } from "../support/quiz";
import {
  assignSet,
  buildTrueFalseSet,
  createClassroom,
  DEMO_TEACHER,
  joinWithCode,
  signInAs,
} from "../support/teacher";

/** A new student in a new class with a one-minute true/false assignment; ends signed in as the student. */
async function timedAssignment(page: Page, label: string): Promise<{ setTitle: string }> {
  const suffix = `${label}-${Date.now().toString(36)}`;
  const className = `時間制限 ${suffix}`;
  const setTitle = `1分テスト ${suffix}`;
  const student = { name: `生徒 ${suffix}`, email: uniqueEmail(label), password: "timed-pass-2026" };
  await signInAs(page, DEMO_TEACHER);
  const classroom = await createClassroom(page, className);
  const setId = await buildTrueFalseSet(page, setTitle, 3, { minutes: 1 });
  await assignSet(page, setId, className);
  await signOut(page);
  await signUp(page, student);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await joinWithCode(page, classroom.code);
  await page.waitForURL(/\/classes\?joined=/);
  return { setTitle };
}

/** Starts the assignment from /classes; returns the attempt id. */
async function startAssignment(page: Page, setTitle: string): Promise<string> {
  await page.goto("/classes");
  const card = page.locator(".assignment-card").filter({ hasText: setTitle });
  await expect(card).toContainText("制限時間 1分");
  await card.getByRole("button", { name: "はじめる" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  return page.url().split("/").at(-1)!;
}

/** The server's clock decides when time is up: move this attempt's deadline into the past there. */
async function passDeadline(attemptId: string) {
  const db = await e2eDatabase();
  await db.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() - 1000) } });
}

test("a timed assignment shows its limit before starting, is named after its set and counts down, speaking only at marks", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { setTitle } = await timedAssignment(page, "timed");
  await page.clock.install();
  const attemptId = await startAssignment(page, setTitle);
  await expect(page).toHaveTitle(`${setTitle} | Jiji`);
  await expect(page.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  const timer = page.getByRole("timer", { name: "残り時間" });
  await expect(timer).toHaveText(/^(1:00|0:5\d)$/);

  const spoken = page.locator(".quiz-timer [aria-live]");
  await page.clock.fastForward(5_000);
  await expect(timer).toHaveText(/^0:[45]\d$/);
  await expect(spoken).toHaveText("");
  await page.clock.fastForward(27_000);
  await expect(spoken).toHaveText("残り30秒です");
  await page.clock.fastForward(2_000);
  await expect(timer).toHaveText(/^0:2\d$/);
  await expect(spoken).toHaveText("残り30秒です");

  // At the deadline the answer form gives way to the results.
  await page.clock.fastForward(40_000);
  await expect(page.getByRole("heading", { name: "時間切れです" })).toBeFocused();
  await expect(page.getByRole("button", { name: "回答する" })).toHaveCount(0);
  await expect(page.getByRole("timer")).toHaveCount(0);
  await passDeadline(attemptId);
  await page.getByRole("link", { name: "結果を見る" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
});

test("an answer sent after the server's deadline leads to the results, not to a live 回答する button", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { setTitle } = await timedAssignment(page, "late-answer");
  const attemptId = await startAssignment(page, setTitle);
  await passDeadline(attemptId);
  await fillAnswer(page, await currentQuestion(page, attemptId), true);
  await submitAnswer(page);
  await expect(page.getByRole("heading", { name: "時間切れです" })).toBeVisible();
  await expect(page.getByRole("button", { name: "回答する" })).toHaveCount(0);
  await page.getByRole("link", { name: "結果を見る" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
});
