import { expect, test } from "@playwright/test";

test("the interface is Japanese by default and switches to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("link", { name: "新規登録" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();

  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();

  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
});

test("the layout works on a phone-sized screen with the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/signin");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "本文へ移動" })).toBeFocused();
  await page.getByLabel("メールアドレス").focus();
  await page.keyboard.type("taro@jiji.example");
  await page.keyboard.press("Tab");
  await page.keyboard.type("jiji-student-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "鈴木 太郎さん、こんにちは" })).toBeVisible();
});
