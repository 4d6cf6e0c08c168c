import { loadArticle, questionFingerprint, reviewEditorBank } from "@jiji/content/server";
import { expect, type Page, test } from "@playwright/test";
import skytree from "../../packages/content/articles/tokyo-skytree-opening/article.json" with {
  type: "json",
};
import { signOut, signUp, uniqueEmail } from "../support/accounts";
import { seriousViolations } from "../support/axe";
import { e2eDatabase } from "../support/database";
import { DEMO_TEACHER, signInAs } from "../support/teacher";

const PHONE = { width: 390, height: 844 };

/** A copy of the Skytree article as an editor's export file, every generated question approved. */
function articleFile(slug: string, suffix: string): string {
  const article = {
    ...skytree,
    slug,
    title: { ja: `スカイツリーの読み ${suffix}` },
    facts: skytree.facts.map((fact) => ({ ...fact, id: `${fact.id}-${suffix}` })),
  };
  const questions: Record<string, { status: "approved"; fingerprint: string }> = {};
  for (const { question } of reviewEditorBank(loadArticle({ slug, data: article }), { questions: {} }))
    questions[question.id] = { status: "approved", fingerprint: questionFingerprint(question) };
  return JSON.stringify({ format: "jiji-article/1", article, review: { questions } });
}

/** Submits a save and waits until the page holds the version that save wrote. */
async function saveWith(page: Page, slug: string, submit: () => Promise<void>) {
  const db = await e2eDatabase();
  const before = (await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version;
  await submit();
  await expect(page.locator('input[name="version"]').first()).toHaveValue(String(before + 1), {
    timeout: 20_000,
  });
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

test("an editor publishes an article and corrects a reading; a student with furigana on sees the correction", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const slug = `skytree-readings-${suffix}`;
  const db = await e2eDatabase();

  await signInAs(page, DEMO_TEACHER);
  await page.goto("/editor");
  await page.getByLabel("記事ファイル（JSON）").fill(articleFile(slug, suffix));
  await page.getByRole("button", { name: "読み込む" }).click();
  await page.waitForURL(new RegExp(`/editor/${slug}(\\?|$)`));
  await page.getByRole("link", { name: "6. 公開" }).click();
  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("この記事は公開中です。記事一覧とクイズ作成に表示されます。")).toBeVisible();
  // Publishing stored the readings with the published copy.
  const stored = await db.editorArticle.findUniqueOrThrow({ where: { slug } });
  expect(JSON.parse(stored.published!).furigana.slug).toBe(slug);

  // The 読み step on a phone: the analyser's reading of 当日, the entity registry's of 墨田区.
  await page.setViewportSize(PHONE);
  await page.getByRole("link", { name: "3. 読み" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "読み（ふりがな）" })).toBeVisible();
  await expect(page.getByLabel("「当日」の読み")).toHaveValue("とうじつ");
  await expect(page.getByLabel("「墨田区」の読み")).toHaveValue("すみだく");
  const preview = page.locator(".editor-ruby-preview").first();
  await expect(preview.locator("ruby", { hasText: "当日" }).locator("rt")).toHaveText("とうじつ");
  await expectNoSidewaysScroll(page);
  const a11y = [...(await seriousViolations(page))];

  // Bad input gets a clear message and stores nothing.
  const add = page.locator("form").filter({ has: page.getByLabel("本文の語") });
  await add.getByLabel("本文の語").fill("大阪");
  await add.getByLabel("読み", { exact: true }).fill("おおさか");
  await add.getByRole("button", { name: "読みを保存する" }).click();
  // The refusal is the word field's: the summary says to check the fields, the field says why and is invalid.
  await expect(add.getByRole("alert")).toHaveText("入力に問題があります。各項目を確かめてください。");
  await expect(
    add.getByText("その語は本文にありません。本文に書かれているとおりに入力してください。"),
  ).toBeVisible();
  await expect(add.getByLabel("本文の語")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("本文の語")).toHaveValue("大阪");
  await add.getByLabel("本文の語").fill("当日");
  await add.getByLabel("読み", { exact: true }).fill("toujitsu");
  await add.getByRole("button", { name: "読みを保存する" }).click();
  await expect(add.getByText("読みはひらがなかカタカナだけで入力してください。")).toBeVisible();
  await expect(add.getByLabel("読み", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("本文の語")).not.toHaveAttribute("aria-invalid");
  expect(
    JSON.parse((await db.editorArticle.findUniqueOrThrow({ where: { slug } })).article).readingOverrides,
  ).toEqual([]);

  // The correction, by keyboard: type the reading, Enter saves it.
  const reading = page.getByLabel("「当日」の読み");
  await reading.fill("そのひ");
  await saveWith(page, slug, () => reading.press("Enter"));
  await expect(page.getByLabel("「当日」の読み")).toHaveValue("そのひ");
  await expect(
    page.locator(".editor-reading").filter({ hasText: "当日" }).getByText("修正済み"),
  ).toBeVisible();
  await expect(preview.locator("ruby", { hasText: "当日" }).locator("rt")).toHaveText("そのひ");
  a11y.push(...(await seriousViolations(page)));

  // The 用語 step proposes terms from the draft; accepting one with its meaning makes a term fact.
  await page.getByRole("link", { name: "4. 用語" }).click();
  const candidate = page
    .locator(".editor-term")
    .filter({ has: page.getByRole("heading", { name: /^着工（ちゃっこう）/ }) });
  await expect(candidate).toBeVisible();
  a11y.push(...(await seriousViolations(page)));
  await candidate.locator("summary").click();
  await candidate.getByLabel("意味（日本語）").fill("建物などの工事を始めること。");
  await candidate.getByLabel("語の種類").selectOption("act");
  await saveWith(page, slug, () => candidate.getByRole("button", { name: "用語として採用する" }).click());
  await expect(page.getByRole("heading", { name: /^採用した用語（1語）$/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(a11y).toEqual([]);

  // A student turns furigana on and reads the corrected reading; the entity's reading still stands.
  await page.setViewportSize({ width: 1280, height: 720 });
  await signOut(page);
  await signUp(page, {
    name: `生徒 ${suffix}`,
    email: uniqueEmail("reading"),
    password: "student-pass-2026",
  });
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await page.goto(`/articles/${slug}`);
  const text = page.locator(".reading-text");
  await expect(text.locator("ruby")).toHaveCount(0);
  await page.getByTestId("furigana-toggle").click();
  await expect(page.getByTestId("furigana-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(text.locator("ruby", { hasText: "当日" }).first().locator("rt")).toHaveText("そのひ");
  await expect(text.locator("ruby", { hasText: "墨田区" }).first().locator("rt")).toHaveText("すみだく");
});
