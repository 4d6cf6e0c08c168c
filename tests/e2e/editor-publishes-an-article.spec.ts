import { loadArticle, type Question, setPublishedEditorArticles } from "@jiji/content/server";
import { expect, type Page, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../support/accounts";
import { seriousViolations } from "../support/axe";
import { e2eDatabase } from "../support/database";
import { currentQuestion, fillAnswer, startQuiz, submitAnswer } from "../support/quiz";
import {
  createClassroom,
  DEMO_TEACHER,
  joinWithCode,
  signInAs,
  switchAccount,
  wallClockInput,
} from "../support/teacher";

const BODY = [
  "ロシアのプーチン大統領は昨年6月、北朝鮮の金正恩総書記と平壌で首脳会談を行った。",
  "",
  "北朝鮮は約1万1000人規模の兵士をロシアに派遣した。日本の林芳正官房長官は「深刻な懸念を持って注視している」と述べた。",
  "",
  "## 協力の分野",
  "両国は軍事、経済、科学技術の分野で協力することで合意した。",
].join("\n");

/** The test process reads keys from its own bank: it loads the published editor articles as the server does. */
async function loadPublishedIntoTestBank() {
  const db = await e2eDatabase();
  const rows = await db.editorArticle.findMany({ where: { published: { not: null } } });
  setPublishedEditorArticles(
    `e2e-${Date.now()}`,
    rows.map((row) => {
      const snapshot = JSON.parse(row.published!);
      return {
        article: loadArticle({ slug: row.slug, data: snapshot.article }),
        review: snapshot.review,
        retired: JSON.parse(row.retired) as Question[],
        listed: row.status === "published",
      };
    }),
  );
}

async function fillNewArticle(page: Page, fields: { title: string; slug: string; body: string }) {
  await page.getByLabel("タイトル").fill(fields.title);
  await page.getByLabel("URL 用の名前（英小文字・数字・ハイフン）").fill(fields.slug);
  const first = page.getByRole("group", { name: "出典 1", exact: true });
  await first.getByLabel("発行元").fill("テスト通信");
  await first.getByLabel("見出し（掲載どおり）").fill("露朝首脳が会談");
  await first.getByLabel("URL").fill("https://news.example/2025/ru-kp");
  await first.getByLabel("掲載日").fill("2025-03-10");
  await page.getByLabel("本文（日本語のテキスト）").fill(fields.body);
}

/** Clicks a button that saves the article and waits until the page holds the version that save wrote. */
async function saveWith(page: Page, slug: string, button: ReturnType<Page["getByRole"]>) {
  const db = await e2eDatabase();
  const before = (await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version;
  await button.click();
  await expect(page.locator('input[name="version"]').first()).toHaveValue(String(before + 1), {
    timeout: 20_000,
  });
}

test("an editor pastes an article, confirms facts, approves questions and publishes; a student takes it; a teacher assigns it", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36);
  const slug = `ru-kp-${suffix}`;
  const title = `露朝首脳会談 ${suffix}`;
  const db = await e2eDatabase();

  // The demo teacher is an editor: the nav leads to the editor.
  await signInAs(page, DEMO_TEACHER);
  await page
    .getByRole("navigation", { name: "メインメニュー" })
    .getByRole("link", { name: "記事の編集" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "記事の編集" })).toBeVisible();
  const a11y: string[] = [...(await seriousViolations(page))];
  await page.getByRole("link", { name: "新しい記事を作る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新しい記事" })).toBeVisible();
  a11y.push(...(await seriousViolations(page)));
  // On a phone the form fits the screen: nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Pasted HTML is refused with a clear message and nothing is stored.
  await fillNewArticle(page, { title, slug, body: `<p>${BODY}</p>` });
  await page.getByRole("button", { name: "下書きを作る" }).click();
  await expect(page.getByText("HTML が含まれています。記事の文章だけを貼り付けてください。")).toBeVisible();
  expect(await db.editorArticle.count({ where: { slug } })).toBe(0);

  await fillNewArticle(page, { title, slug, body: BODY });
  await page.getByRole("button", { name: "下書きを作る" }).click();
  await page.waitForURL(new RegExp(`/editor/${slug}\\?step=facts$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The server proposes facts, each with its sentence.
  await saveWith(page, slug, page.getByRole("button", { name: "本文から事実を提案する" }));
  await expect(page.getByRole("heading", { name: /^提案された事実（[1-9]\d*件）$/ })).toBeVisible();
  await expect(
    page.getByText("元の文: 北朝鮮は約1万1000人規模の兵士をロシアに派遣した。").first(),
  ).toBeVisible();

  // The analyser misreads 金正恩; the editor corrects the reading.
  const kim = page.locator(".editor-entities > li").filter({ has: page.locator('input[value="金正恩"]') });
  await expect(kim.getByLabel("読み（カタカナ）")).toHaveValue("キムタダシオン");
  await kim.getByLabel("読み（カタカナ）").fill("キムジョンウン");
  await saveWith(page, slug, kim.getByRole("button", { name: "保存する" }));
  await expect(kim.getByLabel("読み（カタカナ）")).toHaveValue("キムジョンウン");

  a11y.push(...(await seriousViolations(page)));
  await saveWith(page, slug, page.getByRole("button", { name: "提案をすべて採用する" }));
  await expect(page.getByRole("heading", { name: /^採用した事実（[1-9]\d*件）$/ })).toBeVisible();
  await expect(page.getByText("未確認の提案はありません。")).toBeVisible();

  // A fact added by hand through its kind's fields: a missing field is named beside it and nothing is stored.
  const add = page.locator(".editor-add-fact");
  await add.getByText("事実を手で追加する").click();
  await add.getByLabel(/^種類/).selectOption({ label: "反応" });
  await expect(add.getByRole("group", { name: "反応の項目" })).toBeVisible();
  await add.getByLabel("事実の ID").fill("japan-reaction");
  await add.getByLabel("見出し語（日本語）").fill("派兵への日本の反応");
  await add.getByLabel("事実の文（日本語）").fill("日本政府は北朝鮮のロシアへの派兵に深刻な懸念を示した。");
  await add
    .getByLabel("元の文")
    .selectOption("日本の林芳正官房長官は「深刻な懸念を持って注視している」と述べた。");
  await add.getByLabel("対象の人物・組織 1", { exact: true }).selectOption({ label: "日本" });
  // Rows are added and removed from the keyboard; focus moves into the new row.
  await add.getByRole("button", { name: "対象の人物・組織を追加" }).focus();
  await page.keyboard.press("Enter");
  await expect(add.getByLabel("対象の人物・組織 2", { exact: true })).toBeFocused();
  await add.getByLabel("対象の人物・組織 2", { exact: true }).selectOption({ label: "北朝鮮" });
  await add.getByRole("button", { name: "対象の人物・組織を追加" }).click();
  await add.getByRole("button", { name: "対象の人物・組織 3を削除" }).click();
  await expect(add.getByLabel("対象の人物・組織 3", { exact: true })).toHaveCount(0);
  await add.getByLabel("行為者").fill("日本");
  await add.getByLabel("反応の対象").fill("北朝鮮のロシアへの派兵");
  const versionBefore = (await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version;
  await add.getByRole("button", { name: "追加する", exact: true }).click();
  await expect(add.getByRole("alert")).toHaveText("入力に問題があります。各項目を確かめてください。");
  await expect(
    add.getByRole("group", { name: /^反応\s*（必須）$/ }).getByText("入力してください。"),
  ).toBeVisible();
  await expect(add.getByLabel("事実の ID")).toHaveValue("japan-reaction");
  await expect(add.getByLabel("対象の人物・組織 2", { exact: true })).toHaveValue(/^country-/);
  expect((await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version).toBe(versionBefore);
  await add.getByLabel("反応 1", { exact: true }).fill("深刻な懸念");
  // On a phone the fact form fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
  a11y.push(...(await seriousViolations(page)));
  await saveWith(page, slug, add.getByRole("button", { name: "追加する", exact: true }));
  const added = page
    .locator(".editor-fact")
    .filter({ has: page.locator("code", { hasText: "japan-reaction" }) });
  await expect(added).toContainText("日本政府は北朝鮮のロシアへの派兵に深刻な懸念を示した。");
  await expect(added.locator(".badge")).toHaveText("反応");
  const stored = (await db.editorArticle.findUniqueOrThrow({ where: { slug } })).article;
  expect(JSON.parse(stored).facts.find((fact: { id: string }) => fact.id === "japan-reaction")).toMatchObject(
    {
      kind: "reaction",
      actor: "日本",
      response: ["深刻な懸念"],
      section: "section-1",
      sourceIds: ["source-1"],
    },
  );
  // The accepted fact is edited in the same fields; its id stays fixed.
  await added.getByText("編集する").click();
  await expect(added.getByLabel("事実の ID")).toHaveAttribute("readonly", "");
  await added
    .getByLabel("事実の文（日本語）")
    .fill("日本政府は北朝鮮のロシアへの派兵に深刻な懸念を示し、注視している。");
  await added.getByRole("button", { name: "反応を追加" }).click();
  await added.getByLabel("反応 2", { exact: true }).fill("注視");
  // How questions ask it: a wrong option the editor vouches for; other wordings need a single value.
  await added.getByLabel("反応の誤りの選択肢 1", { exact: true }).fill("全面的な支持");
  await added.getByLabel("反応の別解（穴埋め） 1", { exact: true }).fill("懸念");
  const versionBeforeEdit = (await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version;
  await added.getByRole("button", { name: "保存する" }).click();
  await expect(
    added.getByText("値が複数あるときは別解を指定できません（穴埋めは値が一つのときだけ作られます）。"),
  ).toBeVisible();
  expect((await db.editorArticle.findUniqueOrThrow({ where: { slug } })).version).toBe(versionBeforeEdit);
  await expect(added.getByLabel("反応の誤りの選択肢 1", { exact: true })).toHaveValue("全面的な支持");
  await added.getByRole("button", { name: "反応の別解（穴埋め） 1を削除" }).click();
  await added.getByRole("group", { name: "作らない問題の形式" }).getByLabel("数値").check();
  // A topic from the shared vocabulary, by its name: teachers choose questions by it.
  await added.getByRole("group", { name: "話題タグ" }).getByLabel("各国の反応").check();
  await added.getByLabel("編集メモ 1", { exact: true }).fill("官房長官の発言は2024年10月の会見");
  await saveWith(page, slug, added.getByRole("button", { name: "保存する" }));
  const edited = JSON.parse((await db.editorArticle.findUniqueOrThrow({ where: { slug } })).article);
  expect(edited.facts.filter((fact: { id: string }) => fact.id === "japan-reaction")).toMatchObject([
    {
      response: ["深刻な懸念", "注視"],
      distractors: { response: ["全面的な支持"] },
      acceptedVariants: {},
      notAskedAs: ["numeric"],
      tags: ["reaction"],
      editorNotes: ["官房長官の発言は2024年10月の会見"],
    },
  ]);
  // A glossary term by hand: its meaning in Japanese (English optional), no entity needed.
  await add.getByLabel(/^種類/).selectOption({ label: "語句(用語集)" });
  await expect(add.getByRole("group", { name: "語句(用語集)の項目" })).toBeVisible();
  await add.getByLabel("事実の ID").fill("term-haken");
  await add.getByLabel("見出し語（日本語）").fill("派遣");
  await add.getByLabel("事実の文（日本語）").fill("「派遣」とは、役目を与えて人をよその場所へ行かせること。");
  await add.getByLabel("元の文").selectOption("北朝鮮は約1万1000人規模の兵士をロシアに派遣した。");
  await add.getByLabel(/^語句\s*（必須）$/).fill("派遣");
  await add.getByLabel("読み（ひらがな・任意）").fill("はけん");
  await add.getByLabel(/^意味（日本語）/).fill("役目を与えて人をよその場所へ行かせること");
  await add.getByLabel(/^語句の種類/).selectOption({ label: "行為・措置（…すること）" });
  await saveWith(page, slug, add.getByRole("button", { name: "追加する", exact: true }));
  const withTerm = JSON.parse((await db.editorArticle.findUniqueOrThrow({ where: { slug } })).article);
  expect(withTerm.facts.find((fact: { id: string }) => fact.id === "term-haken")).toMatchObject({
    kind: "term",
    term: "派遣",
    reading: "はけん",
    definition: { ja: "役目を与えて人をよその場所へ行かせること" },
    termType: "act",
    about: [],
  });

  // Review: approve six true/false and two multiple-choice questions.
  await page.getByRole("link", { name: "5. 問題の確認" }).click();
  await expect(page.getByRole("heading", { name: /^生成された問題（\d+問）$/ })).toBeVisible();
  // The hand-written fact makes questions too, with the editor's wrong option.
  await expect(
    page.locator(".editor-question__stem").filter({ hasText: "ロシアへの派兵" }).first(),
  ).toBeVisible();
  const withOption = page.locator(".editor-question").filter({ hasText: "全面的な支持" }).first();
  await expect(withOption).toBeVisible();
  // Each question leads back to the fact it comes from, where its options are corrected.
  await expect(withOption.getByRole("link", { name: "事実「派兵への日本の反応」を直す" })).toHaveAttribute(
    "href",
    `/editor/${slug}?step=facts#fact-japan-reaction`,
  );
  await withOption.getByRole("link", { name: "事実「派兵への日本の反応」を直す" }).click();
  await expect(page.locator("#fact-japan-reaction")).toBeInViewport();
  await page.goBack();
  await expect(page.getByRole("heading", { name: /^生成された問題（\d+問）$/ })).toBeVisible();
  let approved = 0;
  for (const [type, count] of [
    ["○×", 6],
    ["4択", 2],
  ] as const) {
    for (let n = 0; n < count; n++) {
      const pending = page
        .locator(".editor-question--pending")
        .filter({ has: page.locator(".badge", { hasText: new RegExp(`^${type}$`) }) })
        .first();
      await saveWith(page, slug, pending.getByRole("button", { name: "承認する" }));
      approved++;
      await expect(page.getByText(new RegExp(`^承認 ${approved} / 全 \\d+ 問$`))).toBeVisible();
    }
  }

  a11y.push(...(await seriousViolations(page)));
  await page.getByRole("link", { name: "6. 公開" }).click();
  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("この記事は公開中です。記事一覧とクイズ作成に表示されます。")).toBeVisible();
  await page.goto("/editor");
  const listed = page
    .getByRole("table", { name: "下書きと公開中の記事" })
    .getByRole("row")
    .filter({ hasText: title });
  await expect(listed).toContainText("公開中");
  await expect(listed).toContainText("田中 先生");
  expect(a11y).toEqual([]);
  // The article exports as a file in the content format, for editors only.
  const exported = await page.request.get(`/editor/${slug}/export`);
  expect(exported.status()).toBe(200);
  expect((await exported.json()).article).toMatchObject({ slug, title: { ja: title } });
  await loadPublishedIntoTestBank();

  // A teacher makes a class; a student joins, reads the article in the library and takes a quiz of it.
  const classroom = await createClassroom(page, `時事 ${suffix}`);
  const student = {
    name: `生徒 ${suffix}`,
    email: uniqueEmail("editor-student"),
    password: "student-pass-2026",
  };
  await signOut(page);
  await signUp(page, student);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  expect((await page.request.get(`/editor/${slug}/export`)).status()).toBe(403);
  expect((await page.goto("/editor"))?.status()).toBe(404);
  await joinWithCode(page, classroom.code);
  await page.waitForURL(/\/classes\?joined=/);
  await page.goto("/articles");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const attemptId = await startQuiz(page, { types: ["true-false"], mode: "practice", articleSlug: slug });
  // Practice draws from the approved questions (some are kept for tests), so the quiz has up to five.
  const count = (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionCount;
  expect(count).toBeGreaterThanOrEqual(2);
  for (let position = 1; position <= count; position++) {
    await expect(page.getByText(`${position} / ${count}`)).toBeVisible();
    await fillAnswer(page, await currentQuestion(page, attemptId), true);
    await submitAnswer(page);
    await expect(page.getByRole("main").getByRole("heading", { name: "正解！", exact: true })).toBeVisible();
    await page.getByRole("button", { name: position === count ? "結果を見る" : "次の問題へ" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  await expect(page.getByText(`${count} / ${count}問正解`)).toBeVisible();

  // The teacher builds a set from the published article and assigns it to the class.
  await switchAccount(page, DEMO_TEACHER);
  await page.goto("/teacher/quiz-sets/new");
  await page.getByLabel("タイトル").fill(`新しい記事の確認 ${suffix}`);
  const articles = page.getByRole("group", { name: "記事", exact: true });
  await articles.getByRole("checkbox", { name: title }).check();
  for (const box of await articles.getByRole("checkbox").all()) {
    if ((await box.getAttribute("value")) !== slug) await box.uncheck();
  }
  await expect(articles.getByRole("checkbox", { checked: true })).toHaveCount(1);
  for (const label of ["穴埋め(記述)", "並べ替え", "組み合わせ", "数値"]) {
    await page.getByRole("checkbox", { name: label, exact: true }).uncheck();
  }
  await page.getByLabel("問題数(1〜50)").fill("3");
  // Feedback after each answer: the set draws from the practice share (a held-back test uses the reserved quarter).
  await page.getByRole("radio", { name: "1問ごと" }).check();
  await page.getByRole("button", { name: "クイズセットを保存する" }).click();
  await page.waitForURL(/\/teacher\/quiz-sets\/(?!new$)[a-z0-9]+$/);
  await page.getByLabel("クラス", { exact: true }).selectOption({ label: `時事 ${suffix}` });
  const due = wallClockInput(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
  await page.getByLabel("締切日時").fill(due);
  await page.getByRole("button", { name: "課題を出す" }).click();
  await page.waitForURL(/\/teacher\/assignments\/[a-z0-9]+$/);
  await expect(page.getByText("0 / 1人が提出")).toBeVisible();
  const assignment = await db.assignment.findFirstOrThrow({
    where: { classroom: { name: `時事 ${suffix}` } },
    include: { quizSet: true },
  });
  expect(JSON.parse(assignment.quizSet.filters).articleSlugs).toEqual([slug]);
});
