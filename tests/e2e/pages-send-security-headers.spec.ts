import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";

test("pages send a nonce-based CSP and the hardening headers, and nothing on the page violates the CSP", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text()))
      violations.push(message.text());
  });
  const first = await page.goto("/signin");
  const headers = first!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Every script on the page carries this response's nonce.
  const scripts = await page
    .locator("script")
    .evaluateAll((elements) => elements.map((element) => element.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // A second response gets a different nonce.
  const second = await page.request.get("/signin");
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

  // The app still works under the policy: sign in and open a quiz page with its client island.
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("佐藤 花子");
  await page.goto("/articles/russia-north-korea-partnership");
  await page.getByRole("button", { name: "クイズをはじめる" }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  expect(violations).toEqual([]);

  const api = await page.request.post("/api/attempts/nope/responses", { data: {} });
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});
