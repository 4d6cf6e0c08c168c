import { describe, expect, it } from "vitest";
import { analyse } from "../japanese/morphology";
import { getArticle } from "../question-bank";
import { factSchema } from "../schemas/article-schema";
import { validateArticleData } from "../validation/validate-article";
import { proposeGlossary, termFactFromCandidate } from "./propose-glossary";

const article = getArticle("russia-north-korea-partnership")!;

describe("proposeGlossary", () => {
  it("proposes hard nouns, not everyday words, names or words already a term fact", async () => {
    const text = "両国の首脳は会談で休戦協議と経済制裁について意見を交わし、金正恩総書記は親書を送った。";
    const bare = { ...article, facts: article.facts.filter((fact) => fact.kind !== "term") };
    const terms = proposeGlossary(bare, [await analyse(text)]).map((candidate) => candidate.term);
    expect(terms).toContain("休戦協議");
    expect(terms).toContain("親書");
    expect(terms).not.toContain("首脳");
    expect(terms).not.toContain("会談");
    expect(terms.some((term) => term.includes("金正恩"))).toBe(false);
    const withTerms = proposeGlossary(article, [await analyse(text)]).map((candidate) => candidate.term);
    expect(withTerms).not.toContain("親書");
  });
});

describe("termFactFromCandidate", () => {
  it("builds a term fact that the fact schema and content:check accept, its statement in workbook form", () => {
    const skytree = getArticle("tokyo-skytree-opening")!;
    const sentence = "東京スカイツリーは2008年7月14日に着工し、2012年2月29日に完成した。";
    const fact = termFactFromCandidate({
      term: "着工",
      reading: "ちゃっこう",
      sentence,
      section: skytree.sections[0]!.id,
      definition: { ja: "建物などの工事を始めること。", en: "Starting construction." },
      termType: "act",
    });
    const parsed = factSchema.parse({ ...fact, sourceIds: [skytree.sources[0]!.id] });
    expect(parsed).toMatchObject({
      kind: "term",
      id: expect.stringMatching(/^term-[0-9a-f]{10}$/),
      statement: { ja: "「着工」とは、建物などの工事を始めることである。" },
      about: [],
    });
    const checked = validateArticleData({
      file: "test",
      data: { ...skytree, facts: [...skytree.facts, parsed] },
    });
    expect(checked.issues).toEqual([]);
  });
});
