import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "../support/accounts";

async function changePassword(page: Page, passwords: { current: string; next: string }) {
  await page.goto("/account/settings");
  await page.getByLabel("現在のパスワード").fill(passwords.current);
  await page.getByLabel("新しいパスワード", { exact: true }).fill(passwords.next);
  await page.getByLabel("新しいパスワード(確認)").fill(passwords.next);
  await page.getByRole("button", { name: "パスワードを変更する" }).click();
}

/** A teacher-only API: a signed-in student gets 403, a signed-out visitor 401. */
async function teacherApiStatus(request: APIRequestContext): Promise<number> {
  return (await request.get("/api/teacher/assignments/any/students")).status();
}

test("changing the password keeps this browser signed in and signs every other one out", async ({
  page,
  browser,
}) => {
  test.slow(); // sign up and in, a second browser, two password changes and three sign-ins: near 30 s when busy
  const account = { name: "変更 花子", email: uniqueEmail("pwchange"), password: "first password 1" };
  const newPassword = "second password 2";
  await signUp(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "変更 花子さん、こんにちは" })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await signIn(otherPage, account);
  await expect(otherPage.getByRole("heading", { level: 1, name: "変更 花子さん、こんにちは" })).toBeVisible();
  expect(await teacherApiStatus(otherPage.request)).toBe(403);

  // A wrong current password is refused and changes nothing: the other browser stays signed in.
  await changePassword(page, { current: "not my password", next: newPassword });
  await expect(page.getByText("現在のパスワードが正しくありません")).toBeVisible();
  await expect(page.getByLabel("現在のパスワード")).toHaveAttribute("aria-invalid", "true");
  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();

  await changePassword(page, { current: account.password, next: newPassword });
  await expect(page).toHaveURL(/\/account\/settings\?passwordChanged=1$/);
  await expect(page.getByRole("status").filter({ hasText: "パスワードを変更しました" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(account.email)).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
  expect(await teacherApiStatus(otherPage.request)).toBe(401);

  await signIn(otherPage, account);
  await expect(otherPage.getByRole("main").getByRole("alert")).toHaveText(
    "メールアドレスまたはパスワードが正しくありません",
  );
  await signIn(otherPage, { email: account.email, password: newPassword });
  await expect(otherPage).toHaveURL(/\/account$/);
  await expect(otherPage.getByText(account.email)).toBeVisible();
  await other.close();
});

test("a new password that is too short or typed differently twice is refused field by field", async ({
  page,
}) => {
  const account = { name: "確認 次郎", email: uniqueEmail("pwrules"), password: "first password 1" };
  await signUp(page, account);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("確認 次郎");

  await changePassword(page, { current: account.password, next: "short" });
  await expect(page.getByText("パスワードは8文字以上にしてください")).toBeVisible();

  await page.getByLabel("現在のパスワード").fill(account.password);
  await page.getByLabel("新しいパスワード", { exact: true }).fill("second password 2");
  await page.getByLabel("新しいパスワード(確認)").fill("second password 3");
  await page.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page.getByText("確認用のパスワードが一致しません")).toBeVisible();
  await expect(page).toHaveURL(/\/account\/settings$/);
});
