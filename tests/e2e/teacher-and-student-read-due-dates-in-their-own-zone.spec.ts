import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../support/accounts";
import { e2eDatabase } from "../support/database";
import {
  buildTrueFalseSet,
  createClassroom,
  joinWithCode,
  signInAs,
  switchAccount,
} from "../support/teacher";

test("a teacher in New York types a due date on New York clocks; each viewer reads it on their own zone's clocks", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const db = await e2eDatabase();
  const suffix = Date.now().toString(36);
  const className = `時差 ${suffix}`;
  const setTitle = `時差の課題 ${suffix}`;
  const teacher = {
    name: `先生 ${suffix}`,
    email: uniqueEmail("zone-teacher"),
    password: "teacher-pass-2026",
  };
  const student = {
    name: `生徒 ${suffix}`,
    email: uniqueEmail("zone-student"),
    password: "student-pass-2026",
  };

  // A new account made a teacher and set to New York before its first sign-in.
  await page.goto("/signup");
  await signUp(page, teacher);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await signOut(page);
  await db.user.update({
    where: { email: teacher.email },
    data: { role: "teacher", timeZone: "America/New_York" },
  });
  await signInAs(page, teacher);
  const classroom = await createClassroom(page, className);

  await signOut(page);
  await signUp(page, student);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await joinWithCode(page, classroom.code);
  await page.waitForURL(/\/classes\?joined=/);

  // The teacher assigns a set due at 9:00 on 15 January 2030, New York time (UTC−5 in winter).
  await switchAccount(page, teacher);
  const quizSetId = await buildTrueFalseSet(page, setTitle, 2);
  await page.goto(`/teacher/quiz-sets/${quizSetId}`);
  await expect(page.getByText("America/New_York の時刻で入力してください")).toBeVisible();
  await page.getByLabel("クラス", { exact: true }).selectOption({ label: className });
  await page.getByLabel("締切日時").fill("2030-01-15T09:00");
  await page.getByRole("button", { name: "課題を出す" }).click();
  await page.waitForURL(/\/teacher\/assignments\/[a-z0-9]+$/);
  const assignmentId = page.url().split("/").at(-1)!;
  const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  expect(stored.dueAt.toISOString()).toBe("2030-01-15T14:00:00.000Z");
  // The report and the class page both show it on New York clocks.
  await expect(page.getByRole("main")).toContainText("2030/01/15 9:00");
  await page.goto(`/teacher/classes/${classroom.id}`);
  await expect(page.getByRole("main")).toContainText("2030/01/15 9:00");

  // The student in New York reads 9:00 as well; once they choose Tokyo, the same instant reads 23:00.
  await db.user.update({ where: { email: student.email }, data: { timeZone: "America/New_York" } });
  await switchAccount(page, student);
  await page.goto("/classes");
  const card = page.locator(".assignment-card").filter({ hasText: setTitle });
  await expect(card).toContainText("締切 2030/01/15 9:00");
  await db.user.update({ where: { email: student.email }, data: { timeZone: "Asia/Tokyo" } });
  await page.reload();
  await expect(card).toContainText("締切 2030/01/15 23:00");
});
