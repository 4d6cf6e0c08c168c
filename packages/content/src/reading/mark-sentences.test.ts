import { describe, expect, it } from "vitest";
import { getArticle } from "../question-bank";
import { locateFactSentence, markFactSentences } from "./mark-sentences";

const article = getArticle("russia-north-korea-partnership")!;

describe("markFactSentences", () => {
  it("keeps the paragraph text whole and marks every fact sentence of the seed article", () => {
    const marked = new Set<string>();
    for (const section of article.sections) {
      const facts = article.facts.filter((fact) => fact.section === section.id);
      for (const paragraph of section.body) {
        const runs = markFactSentences(paragraph.text, facts);
        expect(runs.map((run) => run.text).join("")).toBe(paragraph.text);
        for (const run of runs) for (const id of run.factIds) marked.add(id);
      }
    }
    expect([...marked].sort()).toEqual(article.facts.map((fact) => fact.id).sort());
  });

  it("groups facts that share one sentence into one run", () => {
    const facts = article.facts.slice(0, 2).map((fact) => ({ ...fact, sentence: "B。" }));
    expect(markFactSentences("A。B。C。", facts)).toEqual([
      { text: "A。", factIds: [] },
      { text: "B。", factIds: facts.map((fact) => fact.id) },
      { text: "C。", factIds: [] },
    ]);
  });
});

describe("locateFactSentence", () => {
  it("finds the paragraph that holds a fact's sentence", () => {
    const fact = article.facts[0]!;
    const location = locateFactSentence(article, fact.id);
    expect(location?.paragraph).toContain(fact.sentence);
    expect(location?.sectionId).toBe(fact.section);
  });

  it("returns undefined for an unknown fact", () => {
    expect(locateFactSentence(article, "no-such-fact")).toBeUndefined();
  });
});

describe("evidenceFor", () => {
  it("quotes each sentence of a question's facts once", async () => {
    const { evidenceFor } = await import("./question-evidence");
    const [first, second] = article.facts;
    const evidence = evidenceFor({
      articleSlug: article.slug,
      factIds: [first!.id, first!.id, second!.id],
    });
    expect(evidence.map((item) => item.factId)).toEqual(
      first!.sentence === second!.sentence ? [first!.id] : [first!.id, second!.id],
    );
  });
});
