import { expect, test } from "@playwright/test";
import { signIn, signOut } from "../support/accounts";
import { seriousViolations } from "../support/axe";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";
import { unstyledClasses } from "../support/unstyled-classes";

// Each page also loads the stylesheets its markup needs: they are loaded by the pages and components that use them.
test("every page has no serious or critical accessibility violations and no unstyled markup", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  const check = async (path?: string) => {
    if (path) await page.goto(path);
    found.push(...(await seriousViolations(page)), ...(await unstyledClasses(page)));
  };

  for (const path of [
    "/",
    "/signin",
    "/signup",
    "/articles",
    "/articles/russia-north-korea-partnership",
    "/timeline/putin",
    "/nope",
  ]) {
    await check(path);
  }

  await page.goto("/signin");
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("佐藤 花子");
  for (const path of [
    "/",
    "/account",
    "/account/settings",
    "/progress",
    "/mistakes",
    "/review",
    "/classes",
  ]) {
    await check(path);
  }
  const attemptId = await startQuiz(page, { types: ["single-choice"], mode: "practice" });
  await check();
  for (let position = 1; position <= 5; position++) {
    await expect(page.getByText(`${position} / 5`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), position !== 2);
    await submitAnswer(page);
    if (position === 1) await check(); // the feedback panel
    await page.getByRole("button", { name: position === 5 ? "結果を見る" : "次の問題へ" }).click();
  }
  await expect(page).toHaveURL(/\/results$/);
  await check();
  // The same pages again, now with a history, a mistake and review cards in them.
  for (const path of ["/", "/progress", "/mistakes", "/review"]) await check(path);

  await signOut(page);
  await page.goto("/signin");
  await signIn(page, { email: "teacher@jiji.example", password: "jiji-teacher-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("先生");
  await check("/");
  await expect(page.getByRole("link", { name: "クラスと課題を開く" })).toBeVisible(); // the teacher's home card
  for (const path of [
    "/teacher",
    "/teacher/quiz-sets/new",
    "/articles/russia-north-korea-partnership/worksheet",
  ])
    await check(path);

  expect(found).toEqual([]);
});
