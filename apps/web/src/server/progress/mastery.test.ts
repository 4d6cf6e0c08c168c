import { describe, expect, it } from "vitest";
import { classifyFact, countByGroup, recentAccuracy } from "./mastery";

const REVIEW = 2;
const LEARNING = 1;
const RELEARNING = 3;

describe("classifyFact", () => {
  it("is not started without a card or an answer", () => {
    expect(classifyFact({ card: null, recent: [] })).toBe("not-started");
  });

  it("is mastered with a Review card of stability ≥ 21 days and the last 3 answers right", () => {
    expect(classifyFact({ card: { state: REVIEW, stability: 21 }, recent: [true, true, true, false] })).toBe(
      "mastered",
    );
  });

  it("is only familiar when one of the last 3 answers was wrong, or stability is below 21 days", () => {
    expect(classifyFact({ card: { state: REVIEW, stability: 40 }, recent: [true, false, true] })).toBe(
      "familiar",
    );
    expect(classifyFact({ card: { state: REVIEW, stability: 20.9 }, recent: [true, true, true] })).toBe(
      "familiar",
    );
    expect(classifyFact({ card: { state: REVIEW, stability: 40 }, recent: [true, true] })).toBe("familiar");
  });

  it("is familiar at ≥ 70 % recent accuracy over at least 2 answers without a Review card", () => {
    expect(classifyFact({ card: null, recent: [true, true, false, true, true] })).toBe("familiar");
    expect(classifyFact({ card: { state: RELEARNING, stability: 2 }, recent: [true, true] })).toBe(
      "familiar",
    );
  });

  it("is learning below 70 %, or after a single answer", () => {
    expect(classifyFact({ card: null, recent: [true, false, false, true, true] })).toBe("learning");
    expect(classifyFact({ card: null, recent: [true] })).toBe("learning");
    expect(classifyFact({ card: { state: LEARNING, stability: 1 }, recent: [] })).toBe("learning");
  });

  it("is never mastered outside the Review state, however stable", () => {
    expect(classifyFact({ card: { state: RELEARNING, stability: 90 }, recent: [true, true, true] })).toBe(
      "familiar",
    );
  });
});

describe("recentAccuracy", () => {
  it("looks at the latest 5 answers only", () => {
    expect(recentAccuracy([true, true, true, true, false, false, false])).toBe(0.8);
    expect(recentAccuracy([])).toBeNull();
  });
});

describe("countByGroup", () => {
  it("counts facts per level and in total for each group", () => {
    const groups = countByGroup(
      [
        { group: "a", level: "mastered" as const },
        { group: "a", level: "learning" as const },
        { group: "b", level: "learning" as const },
      ],
      (item) => item.group,
      (item) => item.level,
    );
    expect(groups.get("a")).toEqual({ "not-started": 0, learning: 1, familiar: 0, mastered: 1, total: 2 });
    expect(groups.get("b")?.learning).toBe(1);
  });
});
