import { describe, expect, it } from "vitest";
import { articles } from "./articles";
import { generateQuestions } from "./generator/generate-questions";
import { selectQuestions } from "./select-questions";

const bank = generateQuestions(articles[0] as (typeof articles)[number], { seed: "jiji" });

describe("selectQuestions", () => {
  it("returns the requested number of distinct questions, spread over types and facts", () => {
    const picked = selectQuestions(bank, { count: 12, seed: "s" });
    expect(picked).toHaveLength(12);
    expect(new Set(picked.map((q) => q.id)).size).toBe(12);
    expect(new Set(picked.map((q) => q.type)).size).toBe(6);
    expect(new Set(picked.flatMap((q) => q.factIds)).size).toBeGreaterThanOrEqual(12);
  });

  it("is deterministic per seed and honours the type filter", () => {
    expect(selectQuestions(bank, { count: 5, seed: "a" })).toEqual(
      selectQuestions(bank, { count: 5, seed: "a" }),
    );
    const numeric = selectQuestions(bank, { count: 50, seed: "a", types: ["numeric"] });
    expect(numeric.every((q) => q.type === "numeric")).toBe(true);
    expect(numeric.length).toBe(bank.filter((q) => q.type === "numeric").length);
  });
});
