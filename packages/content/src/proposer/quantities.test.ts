import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities";

const figures = (sentence: string) =>
  findQuantities(sentence).map(({ value, unit, asWritten, isApproximate, isDuration }) => ({
    value,
    unit,
    asWritten,
    isApproximate,
    isDuration,
  }));

describe("findQuantities", () => {
  it("reads 万 and 規模 as an approximate count", () => {
    expect(figures("1万1000人規模の部隊を送った。")).toEqual([
      { value: 11000, unit: "人", asWritten: "1万1000人規模", isApproximate: true, isDuration: false },
    ]);
  });

  it("reads 約 and comma-grouped numbers", () => {
    expect(figures("来場者は約2,500人だった。")[0]).toMatchObject({ value: 2500, isApproximate: true });
    expect(figures("予算は3億円に上る。")[0]).toMatchObject({
      value: 300_000_000,
      unit: "円",
      asWritten: "3億円",
    });
  });

  it("reads ordinals in digits and kanji", () => {
    expect(figures("第3次の派遣が決まった。")[0]).toMatchObject({ value: 3, unit: "次", asWritten: "第3次" });
    expect(figures("第十回大会が開かれた。")[0]).toMatchObject({
      value: 10,
      unit: "回",
      asWritten: "第十回",
    });
  });

  it("tells durations from counts and leaves dates alone", () => {
    expect(figures("交渉は3年間続いた。")[0]).toMatchObject({ value: 3, unit: "年間", isDuration: true });
    expect(figures("2024年6月19日に会談した。")).toEqual([]);
  });
});
