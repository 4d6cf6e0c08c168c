import { describe, expect, it } from "vitest";
import { computeStreak } from "./streak";

describe("computeStreak", () => {
  it("counts consecutive studied days ending today", () => {
    expect(computeStreak([true, true, true, false, true])).toMatchObject({ days: 3, isTodayStudied: true });
  });

  it("keeps yesterday's streak alive while today is not yet studied", () => {
    expect(computeStreak([false, true, true, false])).toMatchObject({ days: 2, isTodayStudied: false });
  });

  it("is broken by a gap: nothing yesterday and nothing today means zero", () => {
    expect(computeStreak([false, false, true, true])).toMatchObject({ days: 0 });
  });

  it("is zero without any study", () => {
    expect(computeStreak([])).toMatchObject({ days: 0, isTodayStudied: false, reachesWindowEnd: false });
  });

  it("says when the streak may continue beyond the days it was given", () => {
    expect(computeStreak([true, true]).reachesWindowEnd).toBe(true);
    expect(computeStreak([false, true]).reachesWindowEnd).toBe(true);
    expect(computeStreak([true, false]).reachesWindowEnd).toBe(false);
  });
});
