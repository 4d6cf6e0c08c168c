import { describe, expect, it } from "vitest";
import { availableFor, countByType } from "./question-counts";

describe("question counts", () => {
  const counts = countByType([
    { type: "ordering" },
    { type: "ordering" },
    { type: "cloze" },
    { type: "true-false" },
  ]);

  it("counts a bank by type, with zero for types it lacks", () => {
    expect(counts).toEqual({
      "single-choice": 0,
      "true-false": 1,
      cloze: 1,
      ordering: 2,
      matching: 0,
      numeric: 0,
    });
  });

  it("adds up only the chosen types", () => {
    expect(availableFor(counts, ["ordering"])).toBe(2);
    expect(availableFor(counts, ["ordering", "cloze", "matching"])).toBe(3);
    expect(availableFor(counts, [])).toBe(0);
  });
});
