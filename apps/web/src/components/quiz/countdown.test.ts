import { describe, expect, it } from "vitest";
import { countdownMark, formatRemaining } from "./countdown";

const MINUTE = 60_000;

describe("countdownMark", () => {
  it("is silent above the first mark and names each mark once reached", () => {
    expect(countdownMark(45 * MINUTE)).toBeNull();
    expect(countdownMark(30 * MINUTE)).toBe(1800);
    expect(countdownMark(12 * MINUTE)).toBe(1800);
    expect(countdownMark(10 * MINUTE)).toBe(600);
    expect(countdownMark(4 * MINUTE + 59_000)).toBe(300);
    expect(countdownMark(59_000)).toBe(60);
    expect(countdownMark(9_000)).toBe(10);
    expect(countdownMark(0)).toBe(10);
  });

  it("changes only a handful of times over a ten-minute limit, not every second", () => {
    const marks = new Set<number | null>();
    for (let ms = 10 * MINUTE; ms >= 0; ms -= 1000) marks.add(countdownMark(ms));
    expect([...marks]).toEqual([600, 300, 60, 30, 10]);
  });
});

describe("formatRemaining", () => {
  it("shows minutes and seconds, and hours when there are any", () => {
    expect(formatRemaining(12 * MINUTE + 5_000)).toBe("12:05");
    expect(formatRemaining(62 * MINUTE + 5_000)).toBe("1:02:05");
    expect(formatRemaining(59_001)).toBe("1:00");
    expect(formatRemaining(-5)).toBe("0:00");
  });
});
