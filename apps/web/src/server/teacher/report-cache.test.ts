import { describe, expect, it } from "vitest";
import { ReportCache } from "./report-cache";

const answers = (counts: Record<string, number>) =>
  new Map(
    Object.entries(counts).map(([attemptId, count]) => [attemptId, Array.from({ length: count }, () => 1)]),
  );

describe("ReportCache", () => {
  it("gives a report back only under its key and fingerprint", () => {
    const cache = new ReportCache<number, string>(100);
    cache.keepAnswers("a", answers({ x: 2 }));
    cache.keepReport("a", "ja/first", "f1", "report");
    expect(cache.report("a", "ja/first", "f1")).toBe("report");
    expect(cache.report("a", "ja/first", "f2")).toBeUndefined();
    expect(cache.report("a", "en/first", "f1")).toBeUndefined();
    expect(cache.report("b", "ja/first", "f1")).toBeUndefined();
  });

  it("drops an assignment's reports when its answers are replaced", () => {
    const cache = new ReportCache<number, string>(100);
    cache.keepAnswers("a", answers({ x: 2 }));
    cache.keepReport("a", "ja/first", "f1", "report");
    cache.keepAnswers("a", answers({ x: 3 }));
    expect(cache.report("a", "ja/first", "f1")).toBeUndefined();
    expect(cache.answers("a").get("x")).toHaveLength(3);
    expect(cache.size).toBe(3);
  });

  it("keeps no report of an assignment whose answers it does not keep", () => {
    const cache = new ReportCache<number, string>(100);
    cache.keepReport("a", "ja/first", "f1", "report");
    expect(cache.report("a", "ja/first", "f1")).toBeUndefined();
  });

  it("drops the least recently used assignments beyond its size, never the one just kept", () => {
    const cache = new ReportCache<number, string>(10);
    cache.keepAnswers("a", answers({ x: 4 }));
    cache.keepAnswers("b", answers({ y: 4 }));
    cache.answers("a"); // a is now the most recently used
    cache.keepAnswers("c", answers({ z: 4 }));
    expect(cache.answers("b").size).toBe(0);
    expect(cache.answers("a").get("x")).toHaveLength(4);
    expect(cache.size).toBe(8);
    cache.keepAnswers("d", answers({ w: 30 }));
    expect(cache.answers("d").get("w")).toHaveLength(30);
    expect([cache.answers("a").size, cache.answers("c").size]).toEqual([0, 0]);
    expect(cache.size).toBe(30);
  });
});
