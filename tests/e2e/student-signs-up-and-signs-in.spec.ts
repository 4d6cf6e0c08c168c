import { expect, test } from "@playwright/test";
import { SIGN_UP_RECEIVED, signIn, signOut, signUp, submitSignUp, uniqueEmail } from "../support/accounts";

test("a new student signs up, signs out, signs back in and lands on the signed-in home", async ({ page }) => {
  const account = { name: "山田 学", email: uniqueEmail("signup"), password: "correct horse 2026" };

  await signUp(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "山田 学さん、こんにちは" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("生徒");

  await signOut(page);
  await expect(page.getByRole("link", { name: "ログイン" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("山田 学");

  await page.goto("/signin");
  await signIn(page, account);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "山田 学さん、こんにちは" })).toBeVisible();
});

test("a wrong password shows one generic message and does not sign in", async ({ page }) => {
  const account = { name: "佐々木 誠", email: uniqueEmail("wrongpw"), password: "right password 1" };
  await signUp(page, account);
  await signOut(page);

  await page.goto("/signin");
  await signIn(page, { email: account.email, password: "wrong password 1" });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "メールアドレスまたはパスワードが正しくありません",
  );
  await expect(page.getByLabel("メールアドレス")).toHaveValue(account.email);

  // An unknown email gets exactly the same message: no account enumeration.
  await signIn(page, { email: uniqueEmail("nobody"), password: "wrong password 1" });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "メールアドレスまたはパスワードが正しくありません",
  );
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

test("invalid sign-up fields get field-level messages and create no account", async ({ page }) => {
  const email = uniqueEmail("invalid");
  await submitSignUp(page, { name: "", email, password: "short" });
  await expect(page.getByText("名前を入力してください")).toBeVisible();
  await expect(page.getByText("パスワードは8文字以上にしてください")).toBeVisible();
  await expect(page.getByLabel("パスワード")).toHaveAttribute("aria-invalid", "true");

  await expect(page.getByLabel("メールアドレス")).toHaveValue(email);

  // Nothing was stored: the same email can still be registered.
  await signUp(page, { name: "訂正 次郎", email, password: "long enough 1" });
  await expect(page.getByRole("heading", { level: 1, name: "訂正 次郎さん、こんにちは" })).toBeVisible();
});

test("signing up with a registered email answers exactly like a new one and changes nothing", async ({
  page,
}) => {
  const account = { name: "重複 太郎", email: uniqueEmail("dup"), password: "first password 1" };
  await signUp(page, account);
  await signOut(page);
  const answerTo = async (signUp: { name: string; email: string; password: string }) => {
    await submitSignUp(page, signUp);
    await expect(page.getByRole("status").filter({ hasText: SIGN_UP_RECEIVED })).toBeVisible();
    return { url: page.url(), text: await page.getByRole("main").textContent() };
  };
  const taken = await answerTo({
    ...account,
    email: account.email.toUpperCase(),
    password: "second password 2",
  });
  const fresh = await answerTo({
    name: "新規 花子",
    email: uniqueEmail("fresh"),
    password: "second password 2",
  });
  expect(fresh).toEqual(taken);
  // The registered account still has its own password, not the one the second sign-up typed.
  await signIn(page, { email: account.email, password: "second password 2" });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "メールアドレスまたはパスワードが正しくありません",
  );
  await signIn(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "重複 太郎さん、こんにちは" })).toBeVisible();
});

test("sign-up refuses a common password and the email itself as the password", async ({ page }) => {
  const email = uniqueEmail("weak");
  await submitSignUp(page, { name: "弱い 鍵", email, password: "P@ssw0rd!" });
  await expect(
    page.getByText("よく使われるパスワードや推測しやすいパスワードは使えません", { exact: false }),
  ).toBeVisible();
  await submitSignUp(page, { name: "弱い 鍵", email, password: email });
  await expect(page.getByText("メールアドレスと同じパスワードは使えません")).toBeVisible();
});

test("a protected page sends a visitor to sign in and back", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();
  await expect(page.getByText("hanako@jiji.example")).toBeVisible();
});

test("five wrong passwords lock the account for a while, even against the right password", async ({
  page,
}) => {
  const account = { name: "施錠 確認", email: uniqueEmail("lock"), password: "the right password" };
  await signUp(page, account);
  await signOut(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    // A fresh form each time, so the message seen is this attempt's, not the previous one's.
    await page.goto("/signin");
    await signIn(page, { email: account.email, password: `wrong password ${attempt}` });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "メールアドレスまたはパスワードが正しくありません",
    );
  }
  await signIn(page, account);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "試行回数が多すぎます。15分後にもう一度お試しください",
  );
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});
