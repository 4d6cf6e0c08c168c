// Issue #8 errors: every page response carries a request id (a load balancer's well-formed one is kept), and a
// real server error shows the friendly page with a reference that matches one structured log line.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("pages answer with an x-request-id: a well-formed incoming one is echoed, a malformed one replaced", async ({
  request,
}) => {
  const first = (await request.get("/signin")).headers()["x-request-id"];
  expect(first).toMatch(UUID);
  expect((await request.get("/signin")).headers()["x-request-id"]).not.toBe(first);

  const fromBalancer = "lb-7f3a9c2e0001.eu-west:42";
  const echoed = await request.get("/signin", { headers: { "x-request-id": fromBalancer } });
  expect(echoed.headers()["x-request-id"]).toBe(fromBalancer);

  for (const malformed of ["short", "has spaces in it", "x".repeat(200), `"><script>alert(1)</script>`]) {
    const replaced = await request.get("/signin", { headers: { "x-request-id": malformed } });
    expect(replaced.headers()["x-request-id"]).toMatch(UUID);
  }

  // The redirect of a signed-out visitor to sign in carries one too.
  const redirect = await request.get("/progress", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-request-id"]).toMatch(UUID);
});

test("an unknown page is a friendly 404 in both languages", async ({ page, context, baseURL }) => {
  const missing = await page.goto("/articles/no-such-article");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();

  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/articles/no-such-article");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("a real server error shows a reference and no internals, and logs one line with that reference and the request id", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const server = await startServerWithoutTables();
  try {
    for (const { locale, title, reference } of [
      { locale: "ja", title: "エラーが発生しました", reference: "エラーID" },
      { locale: "en", title: "Something went wrong", reference: "Reference" },
    ]) {
      const requestId = `e2e-server-error-${locale}-${Date.now()}`;
      const context = await browser.newContext({ extraHTTPHeaders: { "x-request-id": requestId } });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: server.url }]);
      const page = await context.newPage();
      // The server action's own response, kept on the way through (the browser does not keep a failed one).
      let actionStatus = 0;
      let actionBody = "";
      await page.route("**/signup", async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        const response = await route.fetch();
        actionStatus = response.status();
        actionBody = await response.text();
        await route.fulfill({ response, body: actionBody });
      });

      // Signing up reads the rate-limit table, which this server's database does not have. (Signing in no longer
      // shows it: Auth.js turns any error inside authorize() into a refused sign-in.)
      await page.goto(`${server.url}/signup`);
      await page.locator('input[name="name"]').fill("山田 一郎");
      await page.locator('input[name="email"]').fill(`e2e-error-${locale}@jiji.example`);
      await page.locator('input[name="password"]').fill("a-long-unusual-passphrase-2026");
      await page.getByRole("main").locator('button[type="submit"]').click();

      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      const shown = page.getByRole("alert").getByText(reference);
      const digest = await shown.locator("code").textContent();
      expect(digest).toMatch(/^\w+$/);
      expect(actionStatus).toBe(500);
      expect(actionBody).toContain(digest);
      for (const text of [await page.content(), actionBody]) {
        expect(text).not.toMatch(/SQLITE|RateLimit|DriverAdapterError|\bat .+\.js:\d+/);
      }

      await expect.poll(() => server.errorLogLines().find((line) => line.includes(requestId))).toBeTruthy();
      const logged = server.errorLogLines().filter((line) => line.includes(requestId));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0]!)).toEqual({
        level: "error",
        time: expect.any(String),
        requestId,
        method: "POST",
        path: "/signup",
        routeType: "action",
        digest,
        message: expect.stringContaining("no such table"),
      });
      expect(logged[0]).not.toMatch(/e2e-error-|a-long-unusual-passphrase/);
      await context.close();
    }
  } finally {
    await server.stop();
  }
});

/**
 * A production server (the build under test) on a database that was never migrated, as when the database is
 * lost: every query fails for real, with no test-only route in the app. Its stderr is kept for the log lines.
 */
async function startServerWithoutTables() {
  const web = path.resolve(import.meta.dirname, "../../apps/web");
  const port = Number(process.env.E2E_PORT ?? 3200) + 2;
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "jiji-no-tables-"));
  const nextBin = createRequire(path.join(web, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: web,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        JIJI_DATA_DIR: dataDir,
        DATABASE_URL: "",
        AUTH_SECRET: "",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGINT");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await expect
      .poll(
        () =>
          fetch(`${url}/signin`).then(
            (response) => response.status,
            () => 0,
          ),
        {
          timeout: 60_000,
        },
      )
      .toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    stop,
    /** The structured lines only (Next.js prints its own report of the error to stderr as well). */
    errorLogLines: () => stderr.split("\n").filter((line) => line.startsWith('{"level":"error"')),
  };
}
