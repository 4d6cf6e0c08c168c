import { describe, expect, it } from "vitest";
import { analyse } from "../japanese/morphology";
import { getArticle } from "../question-bank";
import { computeFurigana, rubiesForToken } from "./compute-furigana";
import { furiganaProblem } from "./furigana-data";

const article = getArticle("russia-north-korea-partnership")!;
const token = (surface: string, reading: string) => ({
  surface,
  reading,
  pos: "名詞",
  posDetail: "一般",
  properKind: "",
  properSubKind: "",
  base: surface,
  start: 10,
});

describe("rubiesForToken", () => {
  it("leaves okurigana and inner kana bare", () => {
    expect(rubiesForToken(token("締結し", "ていけつし"))).toEqual([[10, 12, "ていけつ"]]);
    expect(rubiesForToken(token("取り組み", "とりくみ"))).toEqual([
      [10, 11, "と"],
      [12, 13, "く"],
    ]);
  });

  it("gives nothing to kana-only words or words without a reading", () => {
    expect(rubiesForToken(token("ロシア", "ろしあ"))).toEqual([]);
    expect(rubiesForToken(token("平壌", ""))).toEqual([]);
  });
});

describe("computeFurigana", () => {
  it("lets the entity registry's reading win over the analyser's", async () => {
    const file = await computeFurigana(article, analyse);
    const all = Object.values(file.paragraphs).flat();
    expect(all.length).toBeGreaterThan(100);
    const kim = article.sections
      .flatMap((section) => section.body.map((paragraph, index) => ({ section, paragraph, index })))
      .find(({ paragraph }) => paragraph.text.includes("金正恩"))!;
    const rubies = file.paragraphs[`${kim.section.id}/${kim.index}`]!;
    const at = kim.paragraph.text.indexOf("金正恩");
    expect(rubies).toContainEqual([at, at + 3, "キム・ジョンウン"]);
  });

  it("an editor's override wins over the entity registry and the analyser", async () => {
    const corrected = { ...article, readingOverrides: [{ text: "金正恩", reading: "きむじょんうん" }] };
    const file = await computeFurigana(corrected, analyse);
    expect(Object.values(file.paragraphs).flat()).toContainEqual(expect.arrayContaining(["きむじょんうん"]));
    expect(
      Object.values(file.paragraphs)
        .flat()
        .some((ruby) => ruby[2] === "キム・ジョンウン"),
    ).toBe(false);
  });

  it("reads as stale once the text changes", async () => {
    const file = await computeFurigana(article, analyse);
    expect(furiganaProblem(article, file)).toBeNull();
    const edited = {
      ...article,
      sections: article.sections.map((section, index) =>
        index === 0 ? { ...section, body: [{ text: "別の文。", isComment: false }] } : section,
      ),
    };
    expect(furiganaProblem(edited, file)).toMatch(/stale/);
    expect(furiganaProblem(article, undefined)).toMatch(/missing/);
  });
});
