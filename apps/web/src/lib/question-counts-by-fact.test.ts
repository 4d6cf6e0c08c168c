import { describe, expect, it } from "vitest";
import { countByFact } from "./question-counts-by-fact";

describe("countByFact", () => {
  it("counts a question once for each distinct fact it tests", () => {
    const counts = countByFact([{ factIds: ["a"] }, { factIds: ["a", "b", "a"] }]);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 1 });
  });
});
