import { getArticles, type Question } from "@jiji/content/server";
import { answerKeyResponse } from "@jiji/content/testing";
import { expect, type Page, test } from "@playwright/test";
import { signIn, signOut } from "../support/accounts";
import { e2eDatabase, questionAt } from "../support/database";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";

async function signInAs(page: Page, email: string) {
  await page.goto("/signin");
  await signIn(page, { email, password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("生徒");
}

function correctBody(question: Question) {
  return { questionId: question.id, response: answerKeyResponse(question), timeTakenMs: 1000 };
}

/**
 * The typed answers a payload could leak. Answers that the page shows anyway (a word of the article
 * title, such as 北朝鮮) or that are bare numbers (which appear in any HTML) prove nothing, so they are
 * left out; the rest must be absent.
 */
function distinctiveKey(question: Question, shownAnyway: string): string[] {
  const key =
    question.type === "cloze"
      ? question.acceptedAnswers
      : question.type === "numeric"
        ? [question.answer.asWritten]
        : [];
  return key.filter(
    (answer) => answer.length >= 2 && !/^[\d,.]+$/.test(answer) && !shownAnyway.includes(answer),
  );
}

test("the page and its data carry no key before the student answers", async ({ page }) => {
  await signInAs(page, "hanako@jiji.example");
  const attemptId = await startQuiz(page, { types: ["cloze", "numeric"], count: 10, mode: "practice" });
  let answersChecked = 0;
  for (let position = 1; position <= 3; position++) {
    // Wait for the next question before reading it: the progress label still names the old one for a moment.
    await expect(page.getByText(`${position} / 10`)).toBeVisible();
    const question = await currentQuestion(page, attemptId);
    const html = await (await page.request.get(`/quiz/${attemptId}`)).text();
    const rsc = await (await page.request.get(`/quiz/${attemptId}`, { headers: { RSC: "1" } })).text();
    const title = getArticles().find((article) => article.slug === question.articleSlug)?.title;
    const key = distinctiveKey(question, `${title?.ja} ${title?.en} ${question.stem.ja} ${question.stem.en}`);
    answersChecked += key.length;
    // The quiz page's own HTML and its React Server Components payload (what a client navigation fetches).
    for (const payload of [html, rsc]) {
      // The page sets each (  ) apart for layout, so look for the longest stretch of the stem between blanks.
      const stretch = question.stem.ja.split("(  )").sort((a, b) => b.length - a.length)[0] ?? "";
      expect(payload).toContain(stretch.slice(0, 10));
      for (const answer of key) expect(payload).not.toContain(answer);
      expect(payload).not.toContain(question.explanation.ja);
      expect(payload).not.toMatch(/isCorrect|acceptedAnswers|correctPairs|"citations"/);
    }
    await fillAnswer(page, question, true);
    await submitAnswer(page);
    await page.getByRole("button", { name: "次の問題へ" }).click();
  }
  expect(answersChecked).toBeGreaterThan(0);
});

test("double submits, retries and bad payloads store exactly one response or nothing", async ({ page }) => {
  await signInAs(page, "hanako@jiji.example");
  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "practice" });
  const question = await currentQuestion(page, attemptId);
  const url = `/api/attempts/${attemptId}/responses`;

  const submits = await Promise.all(
    Array.from({ length: 5 }, () => page.request.post(url, { data: correctBody(question) })),
  );
  expect(submits.map((response) => response.status())).toEqual([200, 200, 200, 200, 200]);
  const statuses = await Promise.all(submits.map(async (response) => (await response.json()).status));
  expect(statuses.filter((status) => status === "recorded")).toHaveLength(1);
  const db = await e2eDatabase();
  expect(await db.response.count({ where: { attemptId } })).toBe(1);

  const malformed = await page.evaluate(async (target) => {
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    return { status: response.status, json: await response.json() };
  }, url);
  expect(malformed.status).toBe(400);
  expect(malformed.json.error.message).toBe("送信内容を読み取れませんでした");

  const unknown = await page.request.post(url, {
    data: { questionId: "q-0000000000", response: { type: "true-false", value: true }, timeTakenMs: 1 },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.message).toBe("この問題はこのクイズに含まれていません");

  const wrongShape = await page.request.post(url, {
    data: { questionId: question.id, response: { type: "true-false", value: "yes" }, timeTakenMs: 1 },
  });
  expect(wrongShape.status()).toBe(400);

  const huge = await page.request.post(url, {
    data: { questionId: question.id, response: { type: "cloze", text: "あ".repeat(20_000) }, timeTakenMs: 1 },
  });
  expect(huge.status()).toBe(413);

  const crossSite = await page.request.post(url, {
    data: correctBody(question),
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  expect(await db.response.count({ where: { attemptId } })).toBe(1);

  // Another student cannot answer, or even see, this attempt.
  await signOut(page);
  await signInAs(page, "taro@jiji.example");
  const intruder = await page.request.post(url, { data: correctBody(await questionAt(attemptId, 2)) });
  expect(intruder.status()).toBe(404);
  expect((await intruder.json()).error.message).toBe("このクイズは見つかりません");
  expect((await page.request.get(`/quiz/${attemptId}`)).status()).toBe(404);
  expect(await db.response.count({ where: { attemptId } })).toBe(1);

  await signOut(page);
  const anonymous = await page.request.post(url, { data: correctBody(question) });
  expect(anonymous.status()).toBe(401);
});

test("a finished attempt refuses further answers", async ({ page }) => {
  await signInAs(page, "hanako@jiji.example");
  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "test" });
  for (let position = 1; position <= 5; position++) {
    await expect(page.getByText(`${position} / 5`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), true);
    await submitAnswer(page);
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  const db = await e2eDatabase();
  const first = await db.response.findFirstOrThrow({ where: { attemptId, position: 0 } });
  await db.response.delete({ where: { id: first.id } });
  const late = await page.request.post(`/api/attempts/${attemptId}/responses`, {
    data: correctBody(await questionAt(attemptId, 1)),
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.message).toContain("このクイズはすでに終了しています");
  expect(await db.response.count({ where: { attemptId } })).toBe(4);
});

test("a reload in the middle of a quiz resumes at the first unanswered question", async ({ page }) => {
  await signInAs(page, "taro@jiji.example");
  const attemptId = await startQuiz(page, { types: ["single-choice"], mode: "practice" });
  for (const position of [1, 2]) {
    await fillAnswer(page, await currentQuestion(page, attemptId), true);
    await submitAnswer(page);
    await page.getByRole("button", { name: "次の問題へ" }).click();
    await expect(page.getByText(`${position + 1} / 5`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByText("3 / 5")).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: /を続ける/ }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}$`));
  await expect(page.getByText("3 / 5")).toBeVisible();
});
