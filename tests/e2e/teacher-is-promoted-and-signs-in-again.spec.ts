import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "../support/accounts";
import { e2eDatabase } from "../support/database";

test("after promote-teacher, the teacher pages ask the still-signed-in person to sign in again, which opens them", async ({
  page,
}) => {
  const account = { name: "昇格 先生", email: uniqueEmail("promoted"), password: "promoted-pass-2026" };
  await signUp(page, account);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  // What `pnpm --filter @jiji/db promote-teacher <email>` does.
  const db = await e2eDatabase();
  await db.user.update({ where: { email: account.email }, data: { role: "teacher" } });

  const teacherPage = await page.goto("/teacher");
  expect(teacherPage!.status()).toBe(200);
  await expect(
    page.getByRole("heading", { level: 1, name: "先生のページを使うには、もう一度ログインしてください" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "ログアウトしてログインし直す" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fteacher$/);
  await signIn(page, account);
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("先生");
  await expect(page.getByLabel("クラス名")).toBeVisible();
});

test("a student who was never promoted still gets a 404 on teacher pages and on the sign-in-again page", async ({
  page,
}) => {
  await signUp(page, { name: "生徒", email: uniqueEmail("not-promoted"), password: "student-pass-2026" });
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  expect((await page.goto("/teacher"))!.status()).toBe(404);
  expect((await page.goto("/teacher/sign-in-again"))!.status()).toBe(404);
});
