import { afterEach, describe, expect, it } from "vitest";
import { type PublishedEditorArticle, setPublishedEditorArticles } from "../editor/published-articles";
import { analyse } from "../japanese/morphology";
import { getArticle } from "../question-bank";
import type { Article } from "../schemas/article-schema";
import { readingOverrideSchema } from "../schemas/reading-aids-schema";
import { validateArticleData } from "../validation/validate-article";
import { articleReadingWords, computeFurigana, readingOverrideProblem } from "./compute-furigana";
import { getFurigana } from "./furigana-files";

const skytree = getArticle("tokyo-skytree-opening")!;
const SLUG = "editor-skytree-readings";
const copy: Article = { ...skytree, slug: SLUG };

afterEach(() => setPublishedEditorArticles("", []));

function publish(entry: Omit<PublishedEditorArticle, "review" | "retired" | "listed">) {
  setPublishedEditorArticles(`readings-${Math.random()}`, [
    { ...entry, review: { questions: {} }, retired: [], listed: true },
  ]);
}

describe("readings of an editor article", () => {
  it("getFurigana serves the readings stored with a published editor article, none once they are stale", async () => {
    expect(getFurigana(SLUG)).toBeUndefined();
    const furigana = await computeFurigana(copy, analyse);
    publish({ article: copy, furigana });
    expect(getFurigana(SLUG)?.paragraphs).toEqual(furigana.paragraphs);

    const corrected = { ...copy, readingOverrides: [{ text: "東京", reading: "とうけい" }] };
    publish({ article: corrected, furigana });
    expect(getFurigana(SLUG)).toBeUndefined();
    publish({ article: corrected });
    expect(getFurigana(SLUG)).toBeUndefined();
  });

  it("an override wins over the analyser in the words listed and in the rubies", async () => {
    const corrected = { ...copy, readingOverrides: [{ text: "東京", reading: "とうけい" }] };
    const words = await articleReadingWords(corrected, analyse);
    expect(words.find((word) => word.text === "東京")).toEqual({
      text: "東京",
      reading: "とうけい",
      source: "override",
    });
    expect(words.every((word) => /[\u3400-\u9fff々]/.test(word.text))).toBe(true);
    const file = await computeFurigana(corrected, analyse);
    const section = corrected.sections.find((s) => s.body.some((p) => p.text.includes("東京")))!;
    const index = section.body.findIndex((p) => p.text.includes("東京"));
    const at = section.body[index]!.text.indexOf("東京");
    expect(file.paragraphs[`${section.id}/${index}`]).toContainEqual([at, at + 2, "とうけい"]);
  });

  it("refuses a reading that is not kana, a word not in the text and a reading that does not line up", () => {
    expect(readingOverrideSchema.safeParse({ text: "東京", reading: "tokyo" }).success).toBe(false);
    expect(readingOverrideSchema.safeParse({ text: "東京", reading: "東京" }).success).toBe(false);
    expect(readingOverrideSchema.safeParse({ text: "東京", reading: "トウキョウ" }).success).toBe(true);
    expect(readingOverrideProblem(copy, { text: "大阪", reading: "おおさか" })).toBe(
      "readingTextNotInArticle",
    );
    expect(readingOverrideProblem(copy, { text: "東京", reading: "とうきょう" })).toBeNull();
    const okurigana = {
      ...copy,
      sections: [{ ...copy.sections[0]!, body: [{ text: "取り組みを進めた。", isComment: false }] }],
    };
    expect(readingOverrideProblem(okurigana, { text: "取り組み", reading: "とりくみ" })).toBeNull();
    expect(readingOverrideProblem(okurigana, { text: "取り組み", reading: "しゅそ" })).toBe(
      "readingDoesNotLineUp",
    );
  });

  it("content:check's validation refuses an override whose word is not in the text", () => {
    const result = validateArticleData({
      file: "test",
      data: { ...skytree, readingOverrides: [{ text: "大阪", reading: "おおさか" }] },
    });
    expect(result.article).toBeNull();
    expect(result.issues.map((issue) => issue.field)).toContain("readingOverrides.0");
  });
});
