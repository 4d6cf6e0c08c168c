import { QUESTION_TYPES } from "@jiji/content";
import { getArticle } from "@jiji/content/server";
import { describe, expect, it } from "vitest";
import { buildQuestionPool } from "./question-pool";

const RUSSIA = "russia-north-korea-partnership";
const SKYTREE = "tokyo-skytree-opening";
const filters = { tags: [], kinds: [], types: [...QUESTION_TYPES] };

/** The sections a question's facts come from. */
function sectionsOf(question: { articleSlug: string; factIds: string[] }): Set<string> {
  const facts = getArticle(question.articleSlug)!.facts;
  return new Set(question.factIds.map((id) => facts.find((fact) => fact.id === id)!.section));
}

describe("buildQuestionPool", () => {
  it("a section ticked for one of two articles narrows only that article", () => {
    const whole = buildQuestionPool({ ...filters, articleSlugs: [SKYTREE], sections: [] });
    const pool = buildQuestionPool({
      ...filters,
      articleSlugs: [RUSSIA, SKYTREE],
      sections: [`${RUSSIA}/new-year`],
    });
    const russia = pool.filter((question) => question.articleSlug === RUSSIA);
    expect(russia.length).toBeGreaterThan(0);
    for (const question of russia) expect([...sectionsOf(question)]).toEqual(["new-year"]);
    expect(pool.filter((question) => question.articleSlug === SKYTREE).map((q) => q.id)).toEqual(
      whole.map((question) => question.id),
    );
  });

  it("reads a bare section id (sets saved before article-qualified ids) as narrowing its own article only", () => {
    const pool = buildQuestionPool({ ...filters, articleSlugs: [RUSSIA, SKYTREE], sections: ["new-year"] });
    expect(pool.some((question) => question.articleSlug === SKYTREE)).toBe(true);
    for (const question of pool.filter((q) => q.articleSlug === RUSSIA)) {
      expect([...sectionsOf(question)]).toEqual(["new-year"]);
    }
  });

  it("a section ref naming another article narrows nothing here", () => {
    const pool = buildQuestionPool({ ...filters, articleSlugs: [SKYTREE], sections: [`${RUSSIA}/new-year`] });
    const whole = buildQuestionPool({ ...filters, articleSlugs: [SKYTREE], sections: [] });
    expect(pool.length).toBe(whole.length);
  });
});
