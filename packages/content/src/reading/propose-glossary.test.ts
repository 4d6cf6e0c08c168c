import { describe, expect, it } from "vitest";
import { analyse } from "../japanese/morphology";
import { getArticle } from "../question-bank";
import { proposeGlossary } from "./propose-glossary";

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
