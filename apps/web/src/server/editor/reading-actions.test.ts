// The 読み and 用語 actions through the form kit: every refusal comes back as a message value, on the field it is
// about when there is one, with what was typed echoed; nothing is stored.
import "@/test/action-mocks";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormState } from "@/components/form/form-state";
import { actionState, form, useActionDatabase } from "@/test/action-mocks";
import { skytreeCopy } from "@/test/editor-article-copy";
import { asSessionUser, makeUser, useTestDatabase } from "@/test/fixtures";
import { importArticleFile } from "./article-file";
import { findEditorArticle } from "./editor-store";
import { syncPublishedEditorArticles } from "./published-editor-articles";
import { acceptTermAction, saveReadingAction } from "./reading-actions";

const SLUG = "skytree-reading-actions";
const { importFile } = skytreeCopy(SLUG, "ra");

describe.each(testProviders())("reading and term actions on %s", (provider) => {
  let db: Database;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  const stored = async () => (await findEditorArticle(db, SLUG))!;
  const target = async () => ({ slug: SLUG, version: String((await stored()).version) });
  const save = async (values: Record<string, string>): Promise<FormState> =>
    saveReadingAction({}, form({ ...(await target()), ...values }));
  const accept = async (values: Record<string, string>): Promise<FormState> =>
    acceptTermAction({}, form({ ...(await target()), ...values }));

  useActionDatabase(() => db);
  beforeAll(async () => {
    const editor = await makeUser(db, "teacher");
    await db.user.update({ where: { id: editor.id }, data: { isEditor: true } });
    actionState.user = asSessionUser(editor);
    expect(await importArticleFile(db, editor.id, importFile())).toEqual({ ok: true, slug: SLUG });
  });
  afterAll(async () => {
    await db.editorArticle.deleteMany();
    await syncPublishedEditorArticles(db);
    actionState.user = null;
  });

  it("a word not in the text is the word field's error, a reading that does not line up the reading's", async () => {
    const version = (await stored()).version;
    expect(await save({ text: "大阪", reading: "おおさか" })).toEqual({
      fieldErrors: { text: [{ key: "readingTextNotInArticle" }] },
      values: { slug: SLUG, version: String(version), text: "大阪", reading: "おおさか" },
    });
    const misaligned = await save({ text: "開業した", reading: "かいぎょう" });
    expect(misaligned.fieldErrors).toEqual({ reading: [{ key: "readingDoesNotLineUp" }] });
    expect((await save({ text: "当日", reading: "" })).fieldErrors).toEqual({
      reading: [{ key: "readingNotFound" }],
    });
    // A reading in romaji never reaches the store: the schema's key, with the field's bounds as values.
    expect((await save({ text: "当日", reading: "toujitsu" })).fieldErrors).toEqual({
      reading: [{ key: "readingKana", values: { maxLength: 80 } }],
    });
    const row = await stored();
    expect(row.version).toBe(version);
    expect(row.article.readingOverrides).toEqual([]);
  });

  it("a save over another version than the stored one is the form's error; a good one answers nothing and is stored", async () => {
    const version = (await stored()).version;
    const stale = await saveReadingAction(
      {},
      form({ slug: SLUG, version: String(version + 1), text: "当日", reading: "そのひ" }),
    );
    expect(stale.formError).toEqual({ key: "versionConflict" });
    expect(stale.fieldErrors).toBeUndefined();
    expect(await save({ text: "当日", reading: "そのひ" })).toEqual({});
    expect((await stored()).article.readingOverrides).toEqual([{ text: "当日", reading: "そのひ" }]);
  });

  it("a meaning that uses the term is that meaning's error; a term no longer proposed is the form's", async () => {
    const term = { term: "着工", reading: "ちゃっこう", termType: "act", definitionEn: "" };
    expect((await accept({ ...term, definitionJa: "着工すること" })).fieldErrors).toEqual({
      definitionJa: [{ key: "definitionUsesTerm" }],
    });
    expect(
      (await accept({ ...term, definitionJa: "工事を始めること", definitionEn: "to 着工" })).fieldErrors,
    ).toEqual({ definitionEn: [{ key: "definitionUsesTerm" }] });
    expect((await accept({ ...term, term: "大阪", definitionJa: "工事を始めること" })).formError).toEqual({
      key: "termNotProposed",
    });
    expect((await accept({ ...term, definitionJa: "建物などの工事を始めること" })).formError).toBeUndefined();
    expect((await stored()).article.facts.filter((fact) => fact.kind === "term")).toHaveLength(1);
  });
});
