import { expect, test } from "@playwright/test";

test("a visitor who mistypes a URL gets the 404 page, not a sign-in wall", async ({ page }) => {
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
  await expect(page).toHaveURL(/\/no-such-page$/);
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  // The signed-in areas still ask for a session first.
  await page.goto("/mistakes");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmistakes$/);
});

test("the site has a favicon and an SVG icon", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\//);
  expect((await favicon.body()).length).toBeGreaterThan(0);
  await page.goto("/");
  const icons = page.locator('link[rel="icon"]');
  await expect(icons.first()).toBeAttached();
  const hrefs = await icons.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.some((href) => href.startsWith("/icon.svg"))).toBe(true);
});
