import { getFurigana, paragraphKey } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@jiji/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skytreeCopy } from "@/test/editor-article-copy";
import { makeUser } from "@/test/fixtures";
import { importArticleFile } from "./article-file";
import { applyEditorOperation, publishOperation } from "./editor-operations";
import { findEditorArticle } from "./editor-store";
import { syncPublishedEditorArticles } from "./published-editor-articles";
import { acceptTermOperation, glossaryCandidates, saveReadingOperation } from "./reading-operations";
import { acceptTermFormSchema, readingFormSchema } from "./reading-schemas";

const SLUG = "skytree-readings";
const { article, importFile } = skytreeCopy(SLUG, "rd");

/** The first paragraph holding `word`, its key and where the word starts. */
function locate(word: string) {
  for (const section of article.sections) {
    const index = section.body.findIndex((paragraph) => paragraph.text.includes(word));
    if (index >= 0)
      return { key: paragraphKey(section.id, index), at: section.body[index]!.text.indexOf(word) };
  }
  throw new Error(`${word} not in the text`);
}

describe("reading and term forms refuse bad input with a message key", () => {
  const target = { slug: SLUG, version: "1" };
  const errorsOf = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) =>
    result.success ? [] : result.error!.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);

  it("a reading not in hiragana or katakana, an empty word", () => {
    expect(errorsOf(readingFormSchema.safeParse({ ...target, text: "当日", reading: "toujitsu" }))).toEqual([
      "reading:readingKana",
    ]);
    expect(errorsOf(readingFormSchema.safeParse({ ...target, text: "当日", reading: "当日" }))).toEqual([
      "reading:readingKana",
    ]);
    expect(errorsOf(readingFormSchema.safeParse({ ...target, text: " ", reading: "そのひ" }))).toEqual([
      "text:readingTextRequired",
    ]);
    expect(errorsOf(readingFormSchema.safeParse({ ...target, text: "当日", reading: "ソノヒ" }))).toEqual([]);
    expect(errorsOf(readingFormSchema.safeParse({ ...target, text: "当日", reading: "" }))).toEqual([]);
  });

  it("a term without a definition or kind, a reading in romaji", () => {
    expect(
      errorsOf(
        acceptTermFormSchema.safeParse({
          ...target,
          term: "着工",
          reading: "chakkou",
          definitionJa: "",
          definitionEn: "",
          termType: "verb",
        }),
      ),
    ).toEqual(["reading:readingKana", "definitionJa:definitionRequired", "termType:termTypeInvalid"]);
  });
});

describe.each(testProviders())("readings and glossary of an editor article on %s", (provider) => {
  let test: TestDatabase;
  let db: Database;
  let editor: { id: string };
  const version = async () => (await findEditorArticle(db, SLUG))!.version;
  const rubiesOf = (key: string) => getFurigana(SLUG)?.paragraphs[key] ?? [];

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    db = test.db;
    editor = await makeUser(db, "teacher");
    expect(await importArticleFile(db, editor.id, importFile())).toEqual({ ok: true, slug: SLUG });
  });
  afterAll(async () => {
    await db.editorArticle.deleteMany();
    await syncPublishedEditorArticles(db);
    await test.drop();
  });

  it("publishing stores the readings with the published copy; getFurigana serves them to the reading page", async () => {
    expect(getFurigana(SLUG)).toBeUndefined();
    const published = await applyEditorOperation(
      db,
      editor.id,
      { slug: SLUG, version: await version() },
      publishOperation,
    );
    expect(published.ok).toBe(true);
    const row = (await findEditorArticle(db, SLUG))!;
    expect(row.published?.furigana?.slug).toBe(SLUG);
    await syncPublishedEditorArticles(db);
    const { key, at } = locate("当日");
    expect(rubiesOf(key)).toContainEqual([at, at + 2, "とうじつ"]);
    // The entity's reading wins over the analyser's (墨田区 → すみだく, in hiragana as a place).
    const sumida = locate("墨田区");
    expect(rubiesOf(sumida.key)).toContainEqual([sumida.at, sumida.at + 3, "すみだく"]);
  });

  it("a word not in the text or a reading that does not line up stores nothing", async () => {
    const before = await version();
    const target = { slug: SLUG, version: before };
    expect(
      await applyEditorOperation(
        db,
        editor.id,
        target,
        saveReadingOperation({ text: "大阪", reading: "おおさか" }),
      ),
    ).toEqual({ ok: false, reason: "readingTextNotInArticle" });
    expect(
      await applyEditorOperation(
        db,
        editor.id,
        target,
        saveReadingOperation({ text: "開業した", reading: "かいぎょう" }),
      ),
    ).toEqual({ ok: false, reason: "readingDoesNotLineUp" });
    expect(
      await applyEditorOperation(db, editor.id, target, saveReadingOperation({ text: "当日", reading: "" })),
    ).toEqual({ ok: false, reason: "readingNotFound" });
    const row = (await findEditorArticle(db, SLUG))!;
    expect(row.version).toBe(before);
    expect(row.article.readingOverrides).toEqual([]);
  });

  it("a corrected reading wins over the analyser and the entity registry, and reaches the published copy at once", async () => {
    for (const override of [
      { text: "当日", reading: "そのひ" },
      { text: "墨田区", reading: "すみだくく" },
    ]) {
      const saved = await applyEditorOperation(
        db,
        editor.id,
        { slug: SLUG, version: await version() },
        saveReadingOperation(override),
      );
      expect(saved.ok).toBe(true);
    }
    const row = (await findEditorArticle(db, SLUG))!;
    expect(row.article.readingOverrides).toEqual([
      { text: "当日", reading: "そのひ" },
      { text: "墨田区", reading: "すみだくく" },
    ]);
    expect(row.published?.article.readingOverrides).toEqual(row.article.readingOverrides);
    await syncPublishedEditorArticles(db);
    const { key, at } = locate("当日");
    expect(rubiesOf(key)).toContainEqual([at, at + 2, "そのひ"]);
    const sumida = locate("墨田区");
    expect(rubiesOf(sumida.key)).toContainEqual([sumida.at, sumida.at + 3, "すみだくく"]);

    // Saved empty, a correction goes back to the proposed reading.
    await applyEditorOperation(
      db,
      editor.id,
      { slug: SLUG, version: await version() },
      saveReadingOperation({ text: "墨田区", reading: "" }),
    );
    await syncPublishedEditorArticles(db);
    expect(rubiesOf(sumida.key)).toContainEqual([sumida.at, sumida.at + 3, "すみだく"]);
  });

  it("accepting a proposed term saves a term fact through the fact path; a definition using the word is refused", async () => {
    const row = (await findEditorArticle(db, SLUG))!;
    const candidates = await glossaryCandidates(row.article);
    const candidate = candidates.find((entry) => entry.term === "着工");
    expect(candidate).toMatchObject({ term: "着工", reading: "ちゃっこう" });
    expect(row.article.sections.some((s) => s.body.some((p) => p.text.includes(candidate!.sentence)))).toBe(
      true,
    );
    const accept = (definitionJa: string, term = "着工") =>
      applyEditorOperation(
        db,
        editor.id,
        { slug: SLUG, version: row.version },
        acceptTermOperation({
          term,
          reading: "ちゃっこう",
          definitionJa,
          definitionEn: "Starting construction.",
          termType: "act",
        }),
      );
    expect(await accept("着工すること")).toEqual({ ok: false, reason: "definitionUsesTerm" });
    expect(await accept("工事を始めること", "大阪")).toEqual({ ok: false, reason: "termNotProposed" });
    expect((await findEditorArticle(db, SLUG))!.version).toBe(row.version);
    expect((await accept("建物などの工事を始めること。")).ok).toBe(true);
    const saved = (await findEditorArticle(db, SLUG))!;
    const term = saved.article.facts.find((fact) => fact.kind === "term" && fact.term === "着工");
    expect(term).toMatchObject({
      kind: "term",
      reading: "ちゃっこう",
      definition: { ja: "建物などの工事を始めること。", en: "Starting construction." },
      statement: { ja: "「着工」とは、建物などの工事を始めることである。" },
      sentence: candidate!.sentence,
      termType: "act",
      about: [],
    });
    expect((await glossaryCandidates(saved.article)).some((entry) => entry.term === "着工")).toBe(false);
  });
});
