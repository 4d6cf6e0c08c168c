import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articles } from "../articles";
import { normalizeAnswerText } from "../grading/normalize-answer";
import type { Article, Fact } from "../schemas/article-schema";
import type { Question } from "../schemas/question-types";
import { blankNumber } from "./fact-slots";
import { GENERATOR_VERSION, generateQuestions } from "./generate-questions";

const seedArticle = articles.find((article) => article.slug === "russia-north-korea-partnership") as Article;
const seeds = fc.string({ minLength: 0, maxLength: 12 });
const RUNS = { numRuns: 15 };

function answerTextOf(question: Question): string | null {
  if (question.type === "single-choice")
    return question.options.find((option) => option.isCorrect)?.text ?? null;
  if (question.type === "cloze") return question.acceptedAnswers[0] ?? null;
  if (question.type === "numeric") return question.answer.asWritten;
  return null;
}

describe.each(articles.map((article) => [article.slug, article] as const))(
  "question bank of %s",
  (_, article) => {
    it("gives every single-choice question exactly one correct option among 4 distinct ones", () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          for (const question of generateQuestions(article, { seed })) {
            if (question.type !== "single-choice") continue;
            expect(question.options).toHaveLength(4);
            expect(question.options.filter((option) => option.isCorrect)).toHaveLength(1);
            expect(new Set(question.options.map((option) => normalizeAnswerText(option.text))).size).toBe(4);
            expect(new Set(question.options.map((option) => option.id)).size).toBe(4);
            for (const option of question.options) {
              if (!option.isCorrect) expect(option.distractorOrigin).toBeDefined();
              if (option.distractorOrigin === "fact") expect(option.distractorFactId).toBeDefined();
            }
          }
        }),
        RUNS,
      );
    });

    it("never puts the answer text in the stem", () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          for (const question of generateQuestions(article, { seed })) {
            const answer = answerTextOf(question);
            if (answer === null) continue;
            expect(normalizeAnswerText(question.stem.ja)).not.toContain(normalizeAnswerText(answer));
          }
        }),
        RUNS,
      );
    });

    it("builds the same bank from the same seed", () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          expect(generateQuestions(article, { seed })).toEqual(generateQuestions(article, { seed }));
        }),
        { numRuns: 5 },
      );
    });

    it("keeps question ids independent of the seed", () => {
      const ids = (seed: string) => generateQuestions(article, { seed }).map((question) => question.id);
      expect(ids("a")).toEqual(ids("b"));
    });

    it("gives every question a unique id, a citation, fact ids, a version and a difficulty from 1 to 5", () => {
      const bank = generateQuestions(article, { seed: "x" });
      expect(new Set(bank.map((question) => question.id)).size).toBe(bank.length);
      for (const question of bank) {
        expect(question.id).toMatch(/^q-[0-9a-f]{10}$/);
        expect(question.citations.length).toBeGreaterThan(0);
        expect(question.factIds.length).toBeGreaterThan(0);
        expect(question.generatorVersion).toBe(GENERATOR_VERSION);
        expect(question.difficulty).toBeGreaterThanOrEqual(1);
        expect(question.difficulty).toBeLessThanOrEqual(5);
      }
    });

    it("tests every fact with at least two question types", () => {
      const bank = generateQuestions(article, { seed: "x" });
      const typesByFact = new Map<string, Set<string>>();
      for (const question of bank) {
        for (const factId of question.factIds) {
          typesByFact.set(factId, (typesByFact.get(factId) ?? new Set()).add(question.type));
        }
      }
      const undertested = article.facts.filter((fact) => (typesByFact.get(fact.id)?.size ?? 0) < 2);
      expect(undertested.map((fact) => fact.id)).toEqual([]);
    });

    it("makes false true/false statements from a value of another fact, and never the fact's own value", () => {
      for (const question of generateQuestions(article, { seed: "x" })) {
        if (question.type !== "true-false" || question.answer) continue;
        expect(question.swappedValue).toBeDefined();
        expect(question.swappedFromFactId).not.toBe(question.factIds[0]);
      }
    });

    it("orders ordering items by date and matches left to right one to one", () => {
      for (const question of generateQuestions(article, { seed: "x" })) {
        if (question.type === "ordering") {
          expect(question.items.length).toBeGreaterThanOrEqual(3);
          expect(new Set(question.items.map((item) => item.id)).size).toBe(question.items.length);
        }
        if (question.type === "matching") {
          const rights = Object.values(question.correctPairs);
          expect(new Set(rights).size).toBe(question.left.length);
          expect(rights.every((id) => question.right.some((item) => item.id === id))).toBe(true);
        }
      }
    });
  },
);

describe("generator on the seed article", () => {
  it("yields all six question types and several questions per fact", () => {
    const bank = generateQuestions(seedArticle, { seed: "x" });
    const types = new Set(bank.map((question) => question.type));
    expect([...types].sort()).toEqual([
      "cloze",
      "matching",
      "numeric",
      "ordering",
      "single-choice",
      "true-false",
    ]);
    expect(bank.length).toBeGreaterThanOrEqual(3 * seedArticle.facts.length);
  });

  it("keeps existing ids (and their content) when an unrelated fact is added", () => {
    const before = generateQuestions(seedArticle, { seed: "x" });
    const unrelated: Fact = {
      id: "unrelated-weather",
      kind: "place",
      label: { ja: "無関係な施設" },
      statement: { ja: "ある観測所は南極にある。" },
      subject: "ある観測所",
      place: "南極",
      sourceIds: ["seed-page"],
      section: "overview",
      tags: [],
      stance: { type: "reported" },
      conflicts: [],
    };
    const after = generateQuestions(
      { ...seedArticle, facts: [unrelated, ...seedArticle.facts] },
      { seed: "x" },
    );
    const afterIds = new Set(after.map((question) => question.id));
    expect(before.filter((question) => !afterIds.has(question.id)).map((q) => q.template)).toEqual([]);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it("drops a question rather than print its answer in the stem", () => {
    const leaky: Fact = {
      id: "leaky-place",
      kind: "place",
      label: { ja: "平壌の施設" },
      statement: { ja: "平壌の施設は平壌にある。" },
      subject: "平壌の施設",
      place: "平壌",
      sourceIds: ["seed-page"],
      section: "overview",
      tags: [],
      stance: { type: "reported" },
      conflicts: [],
    };
    const bank = generateQuestions({ ...seedArticle, facts: [leaky, ...seedArticle.facts] }, { seed: "x" });
    const aboutLeaky = bank.filter((q) => q.factIds.includes("leaky-place") && q.type !== "true-false");
    for (const question of aboutLeaky) {
      const answer = answerTextOf(question);
      if (answer !== null) expect(question.stem.ja).not.toContain(answer);
    }
    expect(bank.some((q) => q.factIds.includes("leaky-place") && q.type === "true-false")).toBe(true);
  });

  it("filters by type, kind, section and tag", () => {
    const onlyNumeric = generateQuestions(seedArticle, { seed: "x", types: ["numeric"] });
    expect(onlyNumeric.length).toBeGreaterThan(0);
    expect(onlyNumeric.every((question) => question.type === "numeric")).toBe(true);
    const factsById = new Map(seedArticle.facts.map((fact) => [fact.id, fact]));
    const treaty = generateQuestions(seedArticle, { seed: "x", kinds: ["treaty-clause"] });
    expect(treaty.every((q) => q.factIds.every((id) => factsById.get(id)?.kind === "treaty-clause"))).toBe(
      true,
    );
    const section = generateQuestions(seedArticle, { seed: "x", sections: ["new-year"] });
    expect(section.every((q) => q.factIds.every((id) => factsById.get(id)?.section === "new-year"))).toBe(
      true,
    );
    const tagged = generateQuestions(seedArticle, { seed: "x", tags: ["shoigu"] });
    expect(tagged.length).toBeGreaterThan(0);
  });

  it("marks assessments as someone's view in stem and explanation", () => {
    const bank = generateQuestions(seedArticle, { seed: "x", kinds: ["motive"] });
    for (const question of bank.filter((q) => q.type !== "matching")) {
      expect(question.explanation.ja).toContain("の見方であり、確かめられた事実ではありません");
    }
  });

  it("blanks the number inside a figure as written, so its unit reads in place", () => {
    const numeric = generateQuestions(seedArticle, { seed: "x", types: ["numeric"] });
    const stemOf = (factId: string) =>
      numeric.find((question) => question.factIds.includes(factId) && question.type === "numeric")?.stem.ja;
    expect(stemOf("third-deployment-possible")).toContain("派兵は第(  )次である");
    expect(stemOf("third-deployment-possible")).not.toContain("単位");
    // 約4年5ヶ月 is stored as 53 months: blanking its "4" would ask for a number the grader does not expect.
    expect(blankNumber("約4年5ヶ月", 53)).toBeNull();
    expect(blankNumber("約1万1000人", 11_000)).toBe("約(  )人");
    expect(blankNumber("第三次", 3)).toBe("第(  )次");
  });

  it("takes wrong options for an event's object only from objects of the same type and particle", () => {
    const facts = new Map(seedArticle.facts.map((fact) => [fact.id, fact]));
    const objectTypeOf = (factId: string | undefined) => {
      const fact = factId ? facts.get(factId) : undefined;
      return fact?.kind === "event" ? `${fact.objectType}|${fact.objectParticle}` : `not an event: ${factId}`;
    };
    let checked = 0;
    for (const question of generateQuestions(seedArticle, { seed: "objects" })) {
      const fact = facts.get(question.factIds[0]!);
      if (fact?.kind !== "event" || !fact.object) continue;
      const expected = `${fact.objectType}|${fact.objectParticle}`;
      if (
        question.type === "single-choice" &&
        question.options.some((o) => o.isCorrect && o.text === fact.object)
      ) {
        for (const option of question.options.filter((o) => !o.isCorrect && o.distractorOrigin === "fact")) {
          expect(objectTypeOf(option.distractorFactId), question.stem.ja).toBe(expected);
          checked += 1;
        }
      }
      if (
        question.type === "true-false" &&
        question.swappedValue &&
        question.stem.ja.includes(`${question.swappedValue}${fact.objectParticle}`)
      ) {
        expect(objectTypeOf(question.swappedFromFactId), question.stem.ja).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("never swaps in a value the false statement already holds elsewhere", () => {
    for (const question of generateQuestions(seedArticle, { seed: "swaps", types: ["true-false"] })) {
      if (question.type !== "true-false" || !question.swappedValue) continue;
      const occurrences = question.stem.ja.split(question.swappedValue).length - 1;
      expect(occurrences, question.stem.ja).toBe(1);
    }
  });
});
