import { findQuestion, getArticle, getQuestionBank } from "@jiji/content/server";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";
import { e2eDatabase } from "../support/database";
import { answerTestQuiz, articleMasteryRow, masteryCounts, progressTotal } from "../support/progress";
import { ARTICLE_SLUG, startQuiz } from "../support/quiz";

const article = getArticle(ARTICLE_SLUG)!;

test("after finishing a quiz, the progress figures change as expected", async ({ page }) => {
  test.slow(); // sign up, sign in, a whole quiz and every progress figure: near 30 s on a busy machine
  await signUp(page, { name: "進捗 確認", email: uniqueEmail("progress"), password: "progress pass 2026" });
  await expect(page.getByRole("heading", { level: 1, name: "進捗 確認さん、こんにちは" })).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "学習の記録" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "まだ記録がありません" })).toBeVisible();
  await expect(page.getByRole("link", { name: "記事を選んでクイズをはじめる" })).toHaveAttribute(
    "href",
    "/articles",
  );
  await expect(page.getByText("日付はAsia/Tokyoの時刻で数えています。")).toBeVisible();

  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "test" });
  const questions = await answerTestQuiz(page, attemptId, (position) => position !== 3);
  await expect(page.getByText("4 / 5問正解")).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "まだ記録がありません" })).toHaveCount(0);
  await expect(progressTotal(page, "answered")).toContainText("5問");
  await expect(progressTotal(page, "accuracy")).toContainText("80%");
  await expect(progressTotal(page, "attempts")).toContainText("1回");
  await expect(progressTotal(page, "streak")).toContainText("1日");
  await expect(progressTotal(page, "streak")).toContainText("今日も学習済みです");
  const db = await e2eDatabase();
  const stored = await db.response.aggregate({ where: { attemptId }, _sum: { timeTakenMs: true } });
  const seconds = Math.round((stored._sum.timeTakenMs ?? 0) / 1000);
  await expect(progressTotal(page, "study-time")).toContainText(
    seconds >= 60 ? `${Math.floor(seconds / 60)}分` : `${seconds}秒`,
  );

  // The chart's text alternative: this week is the only one with a record.
  await expect(page.getByRole("img", { name: /1週に記録があり、最新は80%/ })).toBeVisible();
  await page.getByText("表で見る").click();
  const weeks = page.getByRole("table", { name: "週ごとの正答率" });
  await expect(weeks.getByRole("row").last()).toContainText("80%");

  // Every fact the five questions asked about has left "not started".
  const covered = new Set(questions.flatMap((question) => question.factIds));
  const counts = await masteryCounts(articleMasteryRow(page, article.title.ja));
  // Progress counts the facts some served question asks (review may leave a fact with none).
  const asked = new Set(getQuestionBank(article.slug).flatMap((question) => question.factIds));
  expect(counts.total).toBe(asked.size);
  expect(counts.notStarted).toBe(asked.size - covered.size);
  expect((counts.learning ?? 0) + (counts.familiar ?? 0) + (counts.mastered ?? 0)).toBe(covered.size);

  // The wrong answer makes its fact the weakest one, with a way to practise it.
  const wrongFacts = questions[2]!.factIds;
  const weakFact = article.facts.find((fact) => fact.id === wrongFacts[0])!;
  const weakest = page
    .getByRole("region", { name: "苦手な事実" })
    .getByRole("listitem")
    .filter({ hasText: weakFact.statement.ja });
  await expect(weakest).toContainText(weakFact.statement.ja);
  await expect(weakest).toContainText("最近の正答率 0%");

  const attempts = page.getByRole("table", { name: "最近はじめたクイズ(新しい順)" });
  await expect(attempts.getByRole("row")).toHaveCount(2);
  await expect(attempts).toContainText("4/5問正解");
  await attempts.getByRole("link", { name: /の結果を見る$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));

  await page.goto("/progress");
  await page
    .getByRole("region", { name: "苦手な事実" })
    .getByRole("button", { name: `この事実を練習する:「${weakFact.label.ja}」` })
    .click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const practiceId = page.url().split("/").at(-1)!;
  const practice = await db.attempt.findUniqueOrThrow({ where: { id: practiceId } });
  expect(practice.mode).toBe("practice");
  for (const id of JSON.parse(practice.questionIds) as string[]) {
    expect(findQuestion(id)?.factIds).toContain(weakFact.id);
  }

  // The unfinished practice quiz is listed with a link to continue it.
  await page.goto("/progress");
  await expect(attempts.getByRole("link", { name: /を続ける$/ })).toHaveAttribute(
    "href",
    `/quiz/${practiceId}`,
  );
});

test("the streak counts days in the time zone the student chose", async ({ page }) => {
  await signUp(page, { name: "時差 確認", email: uniqueEmail("timezone"), password: "timezone pass 2026" });
  await expect(page.getByRole("heading", { level: 1, name: "時差 確認さん、こんにちは" })).toBeVisible();
  await page.goto("/account/settings");
  await page.getByLabel("タイムゾーン").selectOption("America/New_York");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");

  const db = await e2eDatabase();
  const user = await db.user.findFirstOrThrow({
    where: { name: "時差 確認" },
    orderBy: { createdAt: "desc" },
  });
  expect(user.timeZone).toBe("America/New_York");
  // Yesterday and the day before in New York, stored directly: a two-day streak still alive today.
  const now = Date.now();
  const attempt = await db.attempt.create({
    data: {
      userId: user.id,
      articleSlug: ARTICLE_SLUG,
      mode: "practice",
      seed: "tz",
      questionIds: "[]",
      settings: "{}",
      questionCount: 2,
      generatorVersion: "e2e",
      startedAt: new Date(now - 2 * 86_400_000),
    },
  });
  const nyDay = (daysAgo: number) => {
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(
      new Date(now - daysAgo * 86_400_000),
    );
    // Noon in New York is 16:00 or 17:00 UTC: safely inside that local day.
    return new Date(`${day}T16:30:00Z`);
  };
  await db.response.createMany({
    data: [1, 2].map((daysAgo, position) => ({
      attemptId: attempt.id,
      userId: user.id,
      questionId: `q-tz-${daysAgo}`,
      position,
      response: "{}",
      isCorrect: true,
      score: 1,
      timeTakenMs: 1000,
      createdAt: nyDay(daysAgo),
    })),
  });

  await page.goto("/progress");
  await expect(page.getByText("日付はAmerica/New_Yorkの時刻で数えています。")).toBeVisible();
  await expect(progressTotal(page, "streak")).toContainText("2日");
  await expect(progressTotal(page, "streak")).toContainText("今日はまだです。今日解くと3日になります");
});
