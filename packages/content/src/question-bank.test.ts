import { describe, expect, it } from "vitest";
import { articles, reviewsBySlug } from "./articles";
import { DEFAULT_SEED } from "./bank-seed";
import { generateQuestions } from "./generator/generate-questions";
import { findQuestion, getQuestionBank, isServable } from "./question-bank";

describe.each(articles.map((article) => [article.slug, article] as const))(
  "the served bank of %s",
  (slug, article) => {
    const review = reviewsBySlug.get(slug);
    const generated = generateQuestions(article, { seed: DEFAULT_SEED });
    const statusOf = new Map(review?.file.questions.map((entry) => [entry.id, entry.status]));

    it("serves exactly the generated questions an editor approved", () => {
      const approved = generated.filter((question) => statusOf.get(question.id) === "approved");
      expect(getQuestionBank(slug).map((q) => q.id)).toEqual(approved.map((q) => q.id));
      expect(approved.length).toBeGreaterThan(0);
      for (const question of approved) expect(isServable(question.id)).toBe(true);
    });

    it("never serves a rejected question, yet still finds it for an attempt that holds it", () => {
      const rejected = generated.filter((question) => statusOf.get(question.id) === "rejected");
      for (const question of rejected) {
        expect(isServable(question.id)).toBe(false);
        expect(findQuestion(question.id)).toEqual(question);
      }
    });

    it("keeps every retired question readable, and serves none of them", () => {
      const retired = review?.retired ?? [];
      expect(retired.length).toBeGreaterThan(0);
      for (const question of retired) {
        expect(findQuestion(question.id)?.stem).toEqual(question.stem);
        expect(isServable(question.id)).toBe(false);
      }
    });
  },
);

it("finds nothing for an unknown id", () => {
  expect(findQuestion("q-0000000000")).toBeUndefined();
  expect(isServable("q-0000000000")).toBe(false);
});
