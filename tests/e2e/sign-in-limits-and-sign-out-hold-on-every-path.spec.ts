import { responseFor } from "@jiji/content/testing";
import { createUser } from "@jiji/db";
import { type APIRequestContext, type Cookie, expect, test } from "@playwright/test";
import { signIn, signOut, uniqueEmail } from "../support/accounts";
import { e2eDatabase, questionAt } from "../support/database";
import { startQuiz } from "../support/quiz";

const PASSWORD = "the right password 2026";

async function newStudent(label: string) {
  const email = uniqueEmail(label);
  const created = await createUser(await e2eDatabase(), {
    email,
    name: "経路 確認",
    role: "student",
    password: PASSWORD,
  });
  if (!created.ok) throw new Error("could not create the test student");
  return { email, password: PASSWORD };
}

/** One password guess through Auth.js's own endpoint, the way a script would: CSRF token first, then the POST. */
async function postToCredentialsCallback(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers().location ?? "" };
}

async function sessionOf(request: APIRequestContext): Promise<unknown> {
  return (await request.get("/api/auth/session")).json();
}

test("Auth.js's credentials callback counts wrong passwords and refuses an account the limit has locked", async ({
  playwright,
  page,
  baseURL,
}) => {
  const account = await newStudent("callback");
  const api = await playwright.request.newContext({ baseURL });
  for (let guess = 0; guess < 5; guess++) {
    const answer = await postToCredentialsCallback(api, account.email, `guess number ${guess}`);
    expect(answer.location).toContain("error=CredentialsSignin");
  }
  // The sixth try has the right password, and still signs nobody in.
  const locked = await postToCredentialsCallback(api, account.email, account.password);
  expect(locked.location).toContain("code=too-many-attempts");
  expect(await sessionOf(api)).toBeNull();
  await api.dispose();

  // The sign-in form sees the same lock, counted by guesses it never received.
  await page.goto("/signin");
  await signIn(page, account);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /^試行回数が多すぎます。\d+分後にもう一度お試しください$/,
  );
});

test("signing out ends the session on the server: a copied cookie opens no page, no session, no answer", async ({
  page,
  browser,
  baseURL,
}) => {
  const account = await newStudent("signout");
  await page.goto("/signin");
  await signIn(page, account);
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("経路 確認");
  const attemptId = await startQuiz(page, { types: ["single-choice"], mode: "practice" });
  const copied: Cookie[] = await page.context().cookies();

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  expect(await sessionOf(thief.request)).toMatchObject({ user: { email: account.email } });

  await page.goto("/account");
  await signOut(page);

  expect(await sessionOf(thief.request)).toBeNull();
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/progress");
  await expect(thiefPage).toHaveURL(/\/signin\?callbackUrl=%2Fprogress$/);
  const question = await questionAt(attemptId, 1);
  const answer = await thief.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId: question.id, response: responseFor(question, true), timeTakenMs: 1000 },
  });
  expect(answer.status()).toBe(401);
  await thief.close();
});

test("after a password change /api/auth/session answers nothing for the old token", async ({
  page,
  browser,
  baseURL,
}) => {
  const account = await newStudent("session-api");
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await signIn(otherPage, account);
  await expect(otherPage.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("経路 確認");
  expect(await sessionOf(other.request)).toMatchObject({ user: { email: account.email } });

  await page.goto("/signin?callbackUrl=%2Faccount%2Fsettings");
  await signIn(page, account);
  await page.getByLabel("現在のパスワード").fill(account.password);
  await page.getByLabel("新しいパスワード", { exact: true }).fill("a changed password 2026");
  await page.getByLabel("新しいパスワード(確認)").fill("a changed password 2026");
  await page.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page).toHaveURL(/passwordChanged=1$/);

  expect(await sessionOf(other.request)).toBeNull();
  expect(await sessionOf(page.request)).toMatchObject({ user: { email: account.email } });
  await other.close();
});

test("a signed-in visitor is never sent off-site by a callbackUrl with a tab, newline or backslash", async ({
  page,
  baseURL,
}) => {
  await page.goto("/signin");
  await signIn(page, { email: "hanako@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("佐藤 花子");
  for (const target of [
    "%2F%09%2Fevil.invalid",
    "%2F%0A%2Fevil.invalid",
    "%2F%5C%2Fevil.invalid",
    "%2F%5Cevil.invalid",
  ]) {
    const response = await page.request.get(`/signin?callbackUrl=${target}`, { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    const location = new URL(response.headers().location ?? "", baseURL);
    expect(location.origin, target).toBe(new URL(baseURL!).origin);
  }
});

test("forwarded headers from a client that is not a configured proxy are not believed", async ({
  request,
  baseURL,
}) => {
  const claims = {
    "x-forwarded-proto": "https",
    "x-forwarded-host": "evil.invalid",
    "x-forwarded-for": "203.0.113.9",
  };
  const page = await request.get("/signin", { headers: claims });
  expect(page.headers()["strict-transport-security"]).toBeUndefined();

  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers: claims })).json()) as {
    csrfToken: string;
  };
  const guess = await request.post("/api/auth/callback/credentials", {
    headers: claims,
    form: { email: uniqueEmail("forwarded"), password: "not the password", csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  // Auth.js builds its redirect from the forwarded host when it believes it.
  const location = new URL(guess.headers().location ?? "", baseURL);
  expect(location.hostname).not.toBe("evil.invalid");
  expect(location.port).toBe(new URL(baseURL!).port);
  for (const cookie of guess.headers()["set-cookie"]?.split("\n") ?? [])
    expect(cookie).not.toMatch(/^__Secure-/);
});

test("malformed paths, hostile cookies and refused server actions get a 4xx with the security headers", async ({
  request,
  page,
  baseURL,
}) => {
  const expectHardened = (headers: Record<string, string>) => {
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toBeTruthy();
  };
  for (const path of ["/articles/%E0%A4%A", "/api/auth/%ZZ", "/teacher/quiz-sets/%E0"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expectHardened(response.headers());
  }

  // Another site's cookie with a stray % must not break answering.
  await page.goto("/signin");
  await signIn(page, { email: "taro@jiji.example", password: "jiji-student-2026" });
  await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("鈴木 太郎");
  const attemptId = await startQuiz(page, { types: ["single-choice"], mode: "practice" });
  await page.context().addCookies([{ name: "promo", value: "50%off", url: baseURL! }]);
  const question = await questionAt(attemptId, 1);
  const answer = await page.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId: question.id, response: responseFor(question, true), timeTakenMs: 1000 },
  });
  expect(answer.status()).toBe(200);

  // Server actions: the action id is what the sign-in form posts.
  await page.goto("/signin");
  const actionId = (await page.locator('input[name^="$ACTION_ID_"]').first().getAttribute("name"))!.slice(
    "$ACTION_ID_".length,
  );
  const action = (headers: Record<string, string>, data: string) =>
    request.post("/signin", {
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", ...headers },
      data,
      maxRedirects: 0,
    });
  const crossSite = await action({ origin: "http://evil.invalid" }, "[]");
  expect(crossSite.status()).toBe(403);
  expectHardened(crossSite.headers());
  const oversized = await action({ origin: new URL(baseURL!).origin }, "a".repeat(2 * 1024 * 1024));
  expect(oversized.status()).toBe(413);
  expectHardened(oversized.headers());
});
