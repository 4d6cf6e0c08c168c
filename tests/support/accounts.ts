import { expect, type Page } from "@playwright/test";

let counter = 0;
/** A fresh email per test, so journeys never depend on each other or on earlier runs. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@e2e.example`;
}

export const SIGN_UP_RECEIVED = "登録を受け付けました。メールアドレスとパスワードでログインしてください";

/** Signs up; the app answers every accepted sign-up with the sign-in form (it never tells a taken email apart). */
export async function submitSignUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("名前").fill(account.name);
  await page.getByLabel("メールアドレス").fill(account.email);
  await page.getByLabel("パスワード").fill(account.password);
  await page.getByRole("button", { name: "登録する" }).click();
}

/** Signs up and then signs in with the same details, as a new student does. */
export async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await submitSignUp(page, account);
  await expect(page.getByRole("status").filter({ hasText: SIGN_UP_RECEIVED })).toBeVisible();
  await signIn(page, account);
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel("メールアドレス").fill(account.email);
  await page.getByLabel("パスワード").fill(account.password);
  await page.getByRole("main").getByRole("button", { name: "ログイン" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  // Wait for the redirect to finish, or the next navigation can race it.
  await expect(page.getByRole("banner").getByRole("link", { name: "ログイン" })).toBeVisible();
}
