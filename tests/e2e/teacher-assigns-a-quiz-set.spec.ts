import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../support/accounts";
import { seriousViolations } from "../support/axe";
import { e2eDatabase } from "../support/database";
import { currentQuestion, fillAnswer, submitAnswer } from "../support/quiz";
import {
  buildTrueFalseSet,
  createClassroom,
  DEMO_TEACHER,
  joinWithCode,
  signInAs,
  switchAccount,
  wallClockInput,
} from "../support/teacher";

test("teacher creates a class, a student joins, the teacher assigns a set, the student completes it and the teacher reads the report and CSV", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const className = `3年A組 ${suffix}`;
  const setTitle = `条約の正誤 ${suffix}`;
  const student = {
    name: `山田 ${suffix}`,
    email: uniqueEmail("class-student"),
    password: "student-pass-2026",
  };

  // Teacher creates a class and reads its join code.
  await signInAs(page, DEMO_TEACHER);
  const classroom = await createClassroom(page, className);

  // A new student signs up; a wrong code is refused with a clear message; the right one (typed in lower case) works.
  await signOut(page);
  await signUp(page, student);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await joinWithCode(page, "ZZZZ2222");
  await expect(page.getByText("参加コードが正しくありません。先生に確認してください。")).toBeVisible();
  await joinWithCode(page, classroom.code.toLowerCase());
  await page.waitForURL(/\/classes\?joined=/);
  await expect(page.getByRole("main").getByText(className)).toBeVisible();
  // Pages this journey reaches that no other spec does are checked for accessibility on the way.
  const a11y: string[] = [...(await seriousViolations(page))];
  // Students cannot open teacher pages.
  const forbidden = await page.goto(`/teacher/classes/${classroom.id}`);
  expect(forbidden?.status()).toBe(404);

  // Teacher sees the student on the roster, builds a set, previews it and assigns it.
  await switchAccount(page, DEMO_TEACHER);
  await page.goto(`/teacher/classes/${classroom.id}`);
  await expect(page.getByRole("table", { name: "クラスの生徒" })).toContainText(student.name);
  a11y.push(...(await seriousViolations(page)));
  const draftTitle = `下書き ${suffix}`;
  await buildTrueFalseSet(page, draftTitle, 3);
  // The helper returns once the URL changes, which can be before the set's page replaces the builder (whose
  // title field has the same label): a rename typed too early went into the builder and was lost.
  await expect(page.getByRole("heading", { level: 1, name: draftTitle })).toBeVisible();
  // Renamed before assigning: the new title is the one the page (and later the student) shows.
  await page.getByLabel("タイトル", { exact: true }).fill(setTitle);
  await page.getByRole("button", { name: "タイトルを変更する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  await expect(page.locator(".teacher-preview__item")).toHaveCount(3);
  a11y.push(...(await seriousViolations(page)));
  await page.getByLabel("クラス", { exact: true }).selectOption({ label: className });
  // A due date before the opening date is refused and nothing is stored.
  await page.getByLabel("締切日時").fill("2020-01-01T09:00");
  await page.getByRole("button", { name: "課題を出す" }).click();
  await expect(page.getByText("締切は公開日時より後にしてください。何も保存していません。")).toBeVisible();
  const db = await e2eDatabase();
  expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  // So is a due date that has already passed, even after its opening date.
  const opensAt = await page.getByLabel("公開日時").inputValue();
  await page.getByLabel("公開日時").fill("2020-01-01T08:00");
  await page.getByLabel("締切日時").fill("2020-01-01T09:00");
  await page.getByRole("button", { name: "課題を出す" }).click();
  await expect(
    page.getByText("締め切りがもう過ぎています。これから先の日時を入れてください。"),
  ).toBeVisible();
  expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  await page.getByLabel("公開日時").fill(opensAt);
  // The demo teacher's zone is the school's (Tokyo): the date is typed on Tokyo clocks.
  const due = wallClockInput(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
  await page.getByLabel("締切日時").fill(due);
  await page.getByRole("button", { name: "課題を出す" }).click();
  await page.waitForURL(/\/teacher\/assignments\/[a-z0-9]+$/);
  const reportUrl = page.url();
  await expect(page.getByText("0 / 1人が提出")).toBeVisible();

  // The student sees the assignment under "to do", takes it (test mode: no feedback) and finishes.
  await switchAccount(page, student);
  await page.goto("/classes");
  const card = page.locator(".assignment-card").filter({ hasText: setTitle });
  await expect(card).toContainText(className);
  a11y.push(...(await seriousViolations(page)));
  await card.getByRole("button", { name: "はじめる" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const attemptId = page.url().split("/").at(-1)!;
  for (const position of [1, 2, 3]) {
    await expect(page.getByText(`${position} / 3`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), position !== 2);
    await submitAnswer(page);
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(attempt).toMatchObject({ source: "assignment", mode: "test", correctCount: 2 });
  await page.goto("/classes");
  await expect(page.getByRole("heading", { name: "提出済み(1)" })).toBeVisible();
  // A student cannot download the teacher's CSV.
  const assignmentId = reportUrl.split("/").at(-1)!;
  expect((await page.request.get(`/api/teacher/assignments/${assignmentId}/students`)).status()).toBe(403);

  // The teacher reads the report and downloads the per-student CSV.
  await switchAccount(page, DEMO_TEACHER);
  await page.goto(reportUrl);
  await expect(page.getByText("1 / 1人が提出")).toBeVisible();
  const students = page.getByRole("table", { name: "生徒ごとの得点・時間・受験回数・提出日時" });
  await expect(students).toContainText(student.name);
  await expect(students).toContainText("67% (2/3)");
  await expect(
    page.getByRole("table", { name: "問題ごとの正答率・識別指数・最も多い誤答" }).getByRole("row"),
  ).toHaveCount(4);
  // The first attempt is counted unless the teacher picks another; one student is too few for discrimination.
  await expect(
    page.getByRole("navigation", { name: "集計する受験" }).getByRole("link", { name: "1回目" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("提出が10人未満のため")).toBeVisible();
  await expect(page.getByRole("heading", { name: "信頼性(クロンバックのα)" })).toBeVisible();
  // With one student no question has a discrimination index, so the scatter plots none and says why.
  await expect(page.getByRole("img", { name: /^0問の正答率と識別指数の散布図/ })).toBeVisible();
  await expect(page.getByText("3問は識別指数を出せないため図にありません。")).toBeVisible();
  await expect(page.getByRole("img", { name: /^1人×\d+件の事実の定着度のヒートマップ/ })).toBeVisible();
  a11y.push(...(await seriousViolations(page)));
  // The heatmap's numbers are a table on a page of their own, and lead back to the report's facts.
  await page.getByRole("link", { name: "数値の表を見る" }).click();
  await expect(page).toHaveURL(`${reportUrl}/mastery`);
  await expect(page.getByRole("table", { name: "生徒ごと・事実ごとの定着度" })).toContainText(student.name);
  a11y.push(...(await seriousViolations(page)));
  await page.getByRole("link", { name: /^← レポート: / }).click();
  await expect(page).toHaveURL(`${reportUrl}#facts-heading`);
  await page.getByRole("link", { name: "最高点の回" }).click();
  await expect(page).toHaveURL(/\?attempt=best$/);
  await expect(students).toContainText("67% (2/3)");
  expect(a11y).toEqual([]);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "生徒別CSV" }).click();
  const download = await downloading;
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF名前,メールアドレス,状態,得点(%)")).toBe(true);
  expect(csv).toContain(`${student.name},${student.email},提出済み,66.7,2,3`);
  const questions = await page.request.get(`/api/teacher/assignments/${assignmentId}/questions`);
  expect(questions.headers()["content-type"]).toContain("text/csv");
  expect((await questions.text()).split("\r\n").filter(Boolean)).toHaveLength(4);
});
