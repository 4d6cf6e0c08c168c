import { glossaryOf } from "@jiji/content";
import { findQuestion, getArticle, getArticles, getQuestionBank, isServable } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@jiji/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/test/fixtures";
import { startAttempt } from "../quiz/start-attempt";
import { exportArticleFile, importArticleFile } from "./article-file";
import { createEditorArticle } from "./create-article";
import {
  acceptAllProposalsOperation,
  applyEditorOperation,
  discardProposalOperation,
  previewQuestions,
  proposeOperation,
  publishOperation,
  reviewQuestionOperation,
  saveEntityOperation,
  saveFactOperation,
  unpublishOperation,
} from "./editor-operations";
import { type CreateArticleInput, createArticleFormSchema, todayInJapan } from "./editor-schemas";
import { findEditorArticle } from "./editor-store";
import { factToFormValues } from "./fact-form-values";
import { syncPublishedEditorArticles } from "./published-editor-articles";

const BODY = [
  "## 首脳会談",
  "フランスのマクロン大統領は昨年11月、東京を訪問した。",
  "両首脳は農業、漁業、観光の分野で協力することで合意した。",
  "",
  "## 支援",
  "政府は約3万5000人規模の支援要員を派遣した。山田太郎市長は「来年度も予算を増やす」と述べた。",
].join("\n");

const form = (overrides: Record<string, unknown> = {}) => ({
  title: "仏大統領が来日",
  slug: "macron-visit",
  sourcePublisher0: "テスト新聞",
  sourceHeadline0: "マクロン大統領が来日",
  sourceUrl0: "https://news.example/macron",
  sourceDate0: "2025-09-01",
  body: BODY,
  ...overrides,
});

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = createArticleFormSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
};

describe("the new-article form refuses bad input with a message key", () => {
  it("an empty body, a 200,000-character body, pasted HTML", () => {
    expect(errorsOf(form({ body: "   " }))).toEqual(["body:bodyRequired"]);
    expect(errorsOf(form({ body: "あ".repeat(200_000) }))).toEqual(["body:bodyTooLong"]);
    expect(errorsOf(form({ body: "<p>ロシアは発表した。</p>" }))).toEqual(["body:bodyHasHtml"]);
    expect(errorsOf(form({ body: "ロシアは&nbsp;発表した。" }))).toEqual(["body:bodyHasHtml"]);
  });

  it("a source without a URL, with a date in the future, or a bad slug", () => {
    expect(errorsOf(form({ sourceUrl0: "" }))).toEqual(["sourceUrl0:urlRequired"]);
    expect(errorsOf(form({ sourceUrl0: "javascript:alert(1)" }))).toEqual(["sourceUrl0:urlInvalid"]);
    expect(errorsOf(form({ sourceDate0: "2999-01-01" }))).toEqual(["sourceDate0:dateInFuture"]);
    expect(errorsOf(form({ sourceDate0: todayInJapan() }))).toEqual([]);
    expect(errorsOf(form({ sourcePublisher1: "別の新聞" }))).toEqual([
      "sourceHeadline1:headlineRequired",
      "sourceUrl1:urlRequired",
      "sourceDate1:dateInvalid",
    ]);
    expect(errorsOf(form({ slug: "Macron Visit" }))).toEqual(["slug:slugInvalid"]);
  });

  it("accepts several sources and ignores a wholly empty row", () => {
    const parsed = createArticleFormSchema.parse(
      form({
        sourcePublisher2: "別の新聞",
        sourceHeadline2: "別の見出し",
        sourceUrl2: "https://b.example/2",
        sourceDate2: "2025-08-31",
      }),
    );
    expect(parsed.sources.map((source) => source.publisher)).toEqual(["テスト新聞", "別の新聞"]);
  });
});

describe.each(testProviders())("the article editor on %s", (provider) => {
  let test: TestDatabase;
  let db: Database;
  let editor: { id: string };
  let student: { id: string };
  const input: CreateArticleInput = createArticleFormSchema.parse(form());
  const slug = input.slug;
  const version = async () => (await findEditorArticle(db, slug))!.version;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    db = test.db;
    editor = await makeUser(db, "teacher");
    student = await makeUser(db, "student");
  });
  afterAll(async () => {
    await db.editorArticle.deleteMany();
    await syncPublishedEditorArticles(db);
    await test.drop();
  });

  it("creates a draft with sections from the body; a slug in use is refused", async () => {
    expect(await createEditorArticle(db, editor.id, input)).toEqual({ ok: true, slug });
    expect(await createEditorArticle(db, editor.id, input)).toEqual({ ok: false, reason: "slugTaken" });
    expect(
      await createEditorArticle(db, editor.id, { ...input, slug: "russia-north-korea-partnership" }),
    ).toEqual({ ok: false, reason: "slugTaken" });
    const row = await findEditorArticle(db, slug);
    expect(row?.article.sections.map((section) => section.heading.ja)).toEqual(["首脳会談", "支援"]);
    expect(row?.status).toBe("draft");
    expect(await db.editorArticle.count()).toBe(1);
  });

  it("proposes facts with their sentences; discarding one keeps it out of later proposals", async () => {
    expect(
      (await applyEditorOperation(db, editor.id, { slug, version: await version() }, proposeOperation)).ok,
    ).toBe(true);
    const row = (await findEditorArticle(db, slug))!;
    const kinds = new Set(row.proposals.facts.map((proposal) => proposal.fact.kind));
    expect(kinds).toEqual(new Set(["event", "quantity", "statement", "person-role"]));
    const quote = row.proposals.facts.find((p) => p.fact.kind === "statement")!;
    expect(quote.sentence).toContain("来年度も予算を増やす");
    const roleOfMayor = row.proposals.facts.find(
      (p) => p.fact.kind === "person-role" && p.sentence === quote.sentence,
    )!;
    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      discardProposalOperation(roleOfMayor.id),
    );
    await applyEditorOperation(db, editor.id, { slug, version: await version() }, proposeOperation);
    const again = (await findEditorArticle(db, slug))!;
    expect(again.proposals.facts.some((p) => p.id === roleOfMayor.id)).toBe(false);
  });

  it("two editors saving the same version: the second is told and nothing of it is written", async () => {
    const row = (await findEditorArticle(db, slug))!;
    const macron = row.proposals.entities.find((entity) => entity.name === "マクロン")!;
    const [first, second] = await Promise.all([
      applyEditorOperation(
        db,
        editor.id,
        { slug, version: row.version },
        saveEntityOperation({
          entityId: macron.id,
          name: "マクロン",
          reading: "マクロン",
          titles: "大統領",
        }),
      ),
      applyEditorOperation(
        db,
        editor.id,
        { slug, version: row.version },
        saveEntityOperation({
          entityId: macron.id,
          name: "エマニュエル・マクロン",
          reading: "エマニュエルマクロン",
          titles: "大統領",
        }),
      ),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = first.ok ? second : first;
    expect(refused).toMatchObject({ ok: false, reason: "versionConflict" });
    const after = (await findEditorArticle(db, slug))!;
    expect(after.version).toBe(row.version + 1);
  });

  it("edits a proposal before accepting it; refuses a hand-written fact with bad fields, takes a valid one", async () => {
    const proposed = (await findEditorArticle(db, slug))!;
    const quote = proposed.proposals.facts.find((p) => p.fact.kind === "statement")!;
    const edited = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: proposed.version },
      saveFactOperation({
        kind: "statement",
        proposalId: quote.id,
        values: { ...factToFormValues(quote.fact), topic: ["来年度の予算"] },
      }),
    );
    expect(edited.ok).toBe(true);
    const afterEdit = (await findEditorArticle(db, slug))!;
    expect(afterEdit.proposals.facts.some((p) => p.id === quote.id)).toBe(false);
    expect(afterEdit.article.facts.find((f) => f.id === quote.fact.id)).toMatchObject({
      topic: "来年度の予算",
    });

    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: await version() },
      acceptAllProposalsOperation,
    );
    const row = (await findEditorArticle(db, slug))!;
    expect(row.article.facts.length).toBeGreaterThan(3);
    expect(row.proposals.facts).toEqual([]);
    const macron = row.article.entities.find((e) => e.name.endsWith("マクロン"))!.id; // either save of the race above
    const place = (overrides: Record<string, string[]> = {}) => ({
      id: ["visit-place"],
      "label.ja": ["訪問先"],
      "statement.ja": ["マクロン大統領は東京を訪問した。"],
      sentence: ["フランスのマクロン大統領は昨年11月、東京を訪問した。"],
      about: [macron],
      sourceIds: ["source-1"],
      "stance.type": ["reported"],
      subject: ["マクロン大統領の訪問"],
      place: ["東京"],
      ...overrides,
    });
    const bad = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: { id: ["visit-place"] } }),
    );
    expect(bad).toMatchObject({
      ok: false,
      reason: "checkFields",
      fieldErrors: { "label.ja": [{ key: "fieldRequired" }], place: [{ key: "fieldRequired" }] },
    });
    const notInBody = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: place({ sentence: ["本文にない文。"] }) }),
    );
    expect(notInBody).toMatchObject({ ok: false, fieldErrors: { sentence: [{ key: "sentenceNotInBody" }] } });
    const taken = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: place({ id: [row.article.facts[0]!.id] }) }),
    );
    expect(taken).toMatchObject({ ok: false, fieldErrors: { id: [{ key: "factIdTaken" }] } });
    // The shipped articles' checks run on the saved fact: a value its statement does not hold is named.
    const unstated = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: place({ place: ["パリ"] }) }),
    );
    expect(unstated).toMatchObject({
      ok: false,
      reason: "articleInvalid",
      fieldErrors: { place: [{ key: "articleCheck" }] },
    });
    expect((unstated as { detail: string }).detail).toContain(
      '"パリ" must stand exactly once in statement.ja',
    );
    expect((await findEditorArticle(db, slug))!.version).toBe(row.version);
    const good = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: place() }),
    );
    expect(good.ok).toBe(true);
    expect((await findEditorArticle(db, slug))!.article.facts.at(-1)).toMatchObject({
      id: "visit-place",
      kind: "place",
      section: "section-1",
      place: "東京",
    });
    const stale = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: row.version },
      saveFactOperation({ kind: "place", values: place({ id: ["visit-place-2"] }) }),
    );
    expect(stale).toMatchObject({ ok: false, reason: "versionConflict" });
    // A glossary term by hand: no entity needed, and its meaning may not give the word away.
    const term = (overrides: Record<string, string[]> = {}) => ({
      id: ["term-houmon"],
      "label.ja": ["訪問"],
      "statement.ja": ["「訪問」とは、よその国や人をたずねていくこと。"],
      sentence: ["フランスのマクロン大統領は昨年11月、東京を訪問した。"],
      sourceIds: ["source-1"],
      "stance.type": ["reported"],
      term: ["訪問"],
      reading: ["ほうもん"],
      "definition.ja": ["よその国や人をたずねていくこと"],
      "definition.en": [""],
      termType: ["act"],
      ...overrides,
    });
    const current = (await findEditorArticle(db, slug))!.version;
    const givesAway = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: current },
      saveFactOperation({ kind: "term", values: term({ "definition.ja": ["訪問すること"] }) }),
    );
    expect(givesAway).toMatchObject({
      ok: false,
      reason: "articleInvalid",
      fieldErrors: { "definition.ja": [{ key: "articleCheck" }] },
    });
    const glossary = await applyEditorOperation(
      db,
      editor.id,
      { slug, version: current },
      saveFactOperation({ kind: "term", values: term() }),
    );
    expect(glossary).toMatchObject({ ok: true });
    expect(
      glossaryOf((await findEditorArticle(db, slug))!.article).find((fact) => fact.id === "term-houmon"),
    ).toMatchObject({
      term: "訪問",
      reading: "ほうもん",
      definition: { ja: "よその国や人をたずねていくこと" },
      termType: "act",
      about: [],
      section: "section-1",
    });
  });

  it("publishing needs an approved question; approved ones are served, rewording included", async () => {
    expect(
      await applyEditorOperation(db, editor.id, { slug, version: await version() }, publishOperation),
    ).toMatchObject({ ok: false, reason: "nothingApproved" });
    const preview = previewQuestions((await findEditorArticle(db, slug))!);
    if ("ok" in preview) throw new Error(preview.reason);
    const [first, second, third] = preview.questions.map((entry) => entry.question);
    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: await version() },
      reviewQuestionOperation({
        questionId: first!.id,
        verdict: "approve",
        stem: "言い換えた問題文です。",
      }),
    );
    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: await version() },
      reviewQuestionOperation({
        questionId: second!.id,
        verdict: "approve",
      }),
    );
    expect(
      await applyEditorOperation(
        db,
        editor.id,
        { slug, version: await version() },
        reviewQuestionOperation({
          questionId: third!.id,
          verdict: "reject",
        }),
      ),
    ).toMatchObject({ ok: false, reason: "reasonRequired" });
    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: await version() },
      reviewQuestionOperation({
        questionId: third!.id,
        verdict: "reject",
        reason: "trivial",
      }),
    );
    expect(
      (await applyEditorOperation(db, editor.id, { slug, version: await version() }, publishOperation)).ok,
    ).toBe(true);
    await syncPublishedEditorArticles(db);
    expect(getArticles().map((article) => article.slug)).toContain(slug);
    const served = getQuestionBank(slug);
    expect(served.map((q) => q.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(served.find((q) => q.id === first!.id)?.stem.ja).toBe("言い換えた問題文です。");
    expect(isServable(third!.id)).toBe(false);
    const started = await startAttempt(db, student.id, {
      articleSlug: slug,
      mode: "practice",
      count: 2,
      types: [...new Set(served.map((q) => q.type))],
    } as Parameters<typeof startAttempt>[2]);
    expect(started.ok).toBe(true);
  });

  it("correcting a published fact retires its questions and serves none of them until the new ones are reviewed", async () => {
    const row = (await findEditorArticle(db, slug))!;
    const served = getQuestionBank(slug);
    const factId = served[0]!.factIds[0]!;
    const fact = row.article.facts.find((f) => f.id === factId)!;
    const corrected = { ...fact, label: { ja: `${fact.label.ja}（訂正）` } };
    expect(
      (
        await applyEditorOperation(
          db,
          editor.id,
          { slug, version: row.version },
          saveFactOperation({ kind: fact.kind, replaces: fact.id, values: factToFormValues(corrected) }),
        )
      ).ok,
    ).toBe(true);
    const after = (await findEditorArticle(db, slug))!;
    expect(after.article.facts.find((f) => f.id === factId)?.revision).toBe(fact.revision + 1);
    const preview = previewQuestions(after);
    if ("ok" in preview) throw new Error(preview.reason);
    const fresh = preview.questions.find((entry) => entry.question.factIds.includes(factId))!;
    expect(served.some((q) => q.id === fresh.question.id)).toBe(false);
    await applyEditorOperation(
      db,
      editor.id,
      { slug, version: after.version },
      reviewQuestionOperation({
        questionId: fresh.question.id,
        verdict: "approve",
      }),
    );
    expect(
      (await applyEditorOperation(db, editor.id, { slug, version: await version() }, publishOperation)).ok,
    ).toBe(true);
    await syncPublishedEditorArticles(db);
    const retiredIds = served.filter((q) => q.factIds.includes(factId)).map((q) => q.id);
    for (const id of retiredIds) {
      expect(isServable(id)).toBe(false);
      expect(findQuestion(id)?.articleSlug).toBe(slug);
    }
    expect(isServable(fresh.question.id)).toBe(true);
  });

  it("unpublishing hides the article from new quizzes and keeps its questions readable", async () => {
    const someId = getQuestionBank(slug)[0]!.id;
    expect(
      (await applyEditorOperation(db, editor.id, { slug, version: await version() }, unpublishOperation)).ok,
    ).toBe(true);
    await syncPublishedEditorArticles(db);
    expect(getArticles().map((article) => article.slug)).not.toContain(slug);
    expect(getQuestionBank(slug)).toEqual([]);
    expect(getArticle(slug)?.slug).toBe(slug);
    expect(findQuestion(someId)?.id).toBe(someId);
  });

  it("exports the article as a file and imports it as a new draft; the same slug again is refused", async () => {
    const file = exportArticleFile((await findEditorArticle(db, slug))!);
    expect(await importArticleFile(db, editor.id, file)).toMatchObject({ ok: false, reason: "slugTaken" });
    const copy = JSON.parse(file);
    copy.article.slug = "macron-visit-copy";
    expect(await importArticleFile(db, editor.id, JSON.stringify(copy))).toEqual({
      ok: true,
      slug: "macron-visit-copy",
    });
    const imported = (await findEditorArticle(db, "macron-visit-copy"))!;
    expect(imported.article.facts.length).toBe((await findEditorArticle(db, slug))!.article.facts.length);
    expect(await importArticleFile(db, editor.id, "{not json")).toMatchObject({
      ok: false,
      reason: "importNotJson",
    });
    expect(await importArticleFile(db, editor.id, JSON.stringify({ slug: "x" }))).toMatchObject({
      ok: false,
      reason: "importInvalid",
    });
  });
});
