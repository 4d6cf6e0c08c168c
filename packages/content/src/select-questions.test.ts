import { describe, expect, it } from "vitest";
import { findQuestion, getQuestionBank } from "./question-bank";
import { selectQuestions } from "./select-questions";

const bank = getQuestionBank("russia-north-korea-partnership");

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

describe("findQuestion", () => {
  it("finds any question of the bank by id and nothing for an unknown id", () => {
    const question = bank[bank.length - 1];
    expect(findQuestion(question?.id ?? "")).toBe(question);
    expect(findQuestion("q-0000000000")).toBeUndefined();
  });
});
