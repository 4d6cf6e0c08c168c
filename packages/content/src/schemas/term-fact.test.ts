import { describe, expect, it } from "vitest";
import rawArticle from "../../articles/russia-north-korea-partnership/article.json" with { type: "json" };
import { validateArticleData } from "../validation/validate-article";
import { factSchema, glossaryOf, termFactSchema } from "./article-schema";

const sanctions = rawArticle.facts.find((fact) => fact.id === "term-sanctions")!;

/** The seed article with one term fact changed (or a field added at the top), validated as content:check does. */
function issuesWith(change: Record<string, unknown>, top: Record<string, unknown> = {}) {
  const facts = rawArticle.facts.map((fact) => (fact.id === sanctions.id ? { ...fact, ...change } : fact));
  const result = validateArticleData({ file: "article.json", data: { ...rawArticle, ...top, facts } });
  return result.issues;
}

describe("the term fact kind", () => {
  it("parses through factSchema with no entity to be about, keeping term, reading, definition and termType", () => {
    const parsed = factSchema.parse(sanctions);
    expect(parsed.kind).toBe("term");
    if (parsed.kind !== "term") return;
    expect(parsed).toMatchObject({ term: "制裁", reading: "せいさい", termType: "act", about: [] });
    expect(parsed.definition.ja).toContain("罰を与える");
  });

  it("needs a definition and a termType, and only act, thing or state", () => {
    const { definition: _definition, ...withoutDefinition } = sanctions;
    expect(termFactSchema.safeParse(withoutDefinition).success).toBe(false);
    expect(termFactSchema.safeParse({ ...sanctions, termType: "word" }).success).toBe(false);
  });

  it("is the article's glossary: glossaryOf lists the term facts in article order", () => {
    const result = validateArticleData({ file: "article.json", data: rawArticle });
    expect(result.issues).toEqual([]);
    expect(glossaryOf(result.article!).map((fact) => fact.term)).toEqual([
      "蜜月",
      "制裁",
      "派兵",
      "親書",
      "外貨",
      "海外公館",
      "第三国",
      "示唆",
      "休戦",
    ]);
  });

  it("refuses a term that is not in its sentence, a definition that uses the word, and editors' notes", () => {
    expect(issuesWith({ term: "経済制裁", label: { ja: "経済制裁" } })).toContainEqual(
      expect.objectContaining({ factId: "term-sanctions", field: "term" }),
    );
    expect(issuesWith({ definition: { ja: "制裁をすること。" } })).toContainEqual(
      expect.objectContaining({ factId: "term-sanctions", field: "definition.ja" }),
    );
    expect(issuesWith({ definition: { ja: "罰を与えること(※要確認)。" } })).toContainEqual(
      expect.objectContaining({ field: "definition.ja", message: expect.stringContaining("editorial note") }),
    );
  });

  it("refuses one word as two terms, an editor's distractors, and a leftover glossary list", () => {
    expect(
      issuesWith({
        term: "派兵",
        sentence: rawArticle.facts.find((f) => f.id === "term-troop-dispatch")!.sentence,
        statement: { ja: "「派兵」とは、軍隊を送ることである。" },
      }),
    ).toContainEqual(
      expect.objectContaining({
        factId: "term-sanctions",
        field: "term",
        message: expect.stringContaining("term-troop-dispatch"),
      }),
    );
    expect(issuesWith({ distractors: { term: ["処罰"] } })).toContainEqual(
      expect.objectContaining({ factId: "term-sanctions", field: "distractors" }),
    );
    expect(issuesWith({}, { glossary: [] })).toContainEqual(expect.objectContaining({ field: "glossary" }));
  });
});
