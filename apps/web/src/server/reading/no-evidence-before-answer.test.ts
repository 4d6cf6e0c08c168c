// The sentence a question comes from holds its key: it travels with the verdict, never with the question.
import { evidenceFor, getQuestionBank, toPublicQuestion } from "@jiji/content/server";
import { describe, expect, it } from "vitest";

describe("evidence stays out of the served question", () => {
  it("no served question of the seed bank carries its source sentence", () => {
    for (const question of getQuestionBank("russia-north-korea-partnership")) {
      // A true/false stem may be the sentence itself (the statement to judge): everything else must not hold it.
      const { stem: _stem, ...rest } = toPublicQuestion(question, "seed");
      const served = JSON.stringify(rest);
      expect(Object.keys(rest)).not.toContain("evidence");
      const sentences = evidenceFor(question).map((item) => item.sentence);
      expect(sentences.length).toBeGreaterThan(0);
      for (const sentence of sentences) expect(served).not.toContain(sentence);
    }
  });
});
