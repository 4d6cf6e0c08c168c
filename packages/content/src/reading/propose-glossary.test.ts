import { describe, expect, it } from "vitest";
import { analyse } from "../japanese/morphology";
import { getArticle } from "../question-bank";
import { glossaryProblems } from "./glossary-check";
import { proposeGlossary } from "./propose-glossary";

const article = getArticle("russia-north-korea-partnership")!;

describe("proposeGlossary", () => {
  it("proposes hard nouns, not everyday words, names or terms already in the glossary", async () => {
    const text = "両国の首脳は会談で休戦協議と経済制裁について意見を交わし、金正恩総書記は親書を送った。";
    const bare = { ...article, glossary: [] };
    const terms = proposeGlossary(bare, [await analyse(text)]).map((candidate) => candidate.term);
    expect(terms).toContain("休戦協議");
    expect(terms).toContain("親書");
    expect(terms).not.toContain("首脳");
    expect(terms).not.toContain("会談");
    expect(terms.some((term) => term.includes("金正恩"))).toBe(false);
    const withGlossary = proposeGlossary(article, [await analyse(text)]).map((candidate) => candidate.term);
    expect(withGlossary).not.toContain("親書");
  });
});

describe("glossaryProblems", () => {
  it("accepts the seed glossary and refuses a term that is not in the text", () => {
    expect(glossaryProblems(article)).toEqual([]);
    const broken = {
      ...article,
      glossary: [...article.glossary, { id: "absent", term: "存在しない語", definition: { ja: "なし" } }],
    };
    expect(glossaryProblems(broken)).toEqual(['glossary term "存在しない語" does not occur in the text']);
  });
});
