import { describe, expect, it } from "vitest";
import { findDates } from "./dates";

const values = (sentence: string, published = "2025-03-10") =>
  findDates(sentence, published).map(({ value, asWritten }) => [value, asWritten]);

describe("findDates", () => {
  it("reads absolute dates at every precision", () => {
    expect(values("大会は2024年7月26日に開幕した。")).toEqual([["2024-07-26", "2024年7月26日"]]);
    expect(values("工事は2019年に始まり、2021年5月に終わった。")).toEqual([
      ["2019", "2019年"],
      ["2021-05", "2021年5月"],
    ]);
  });

  it("reads full-width digits", () => {
    expect(values("２０２３年１０月１３日に会談した。")).toEqual([["2023-10-13", "２０２３年１０月１３日"]]);
  });

  it("resolves relative dates against the published date", () => {
    expect(values("昨年6月に条約を結んだ。")).toEqual([["2024-06", "昨年6月"]]);
    expect(values("今年の予算は増えた。")).toEqual([["2025", "今年"]]);
    expect(values("一昨年に始まった。")).toEqual([["2023", "一昨年"]]);
    expect(values("先月20日に発表した。")).toEqual([["2025-02-20", "先月20日"]]);
    expect(values("来月に選挙がある。", "2025-12-01")).toEqual([["2026-01", "来月"]]);
    expect(values("3月1日に閣議決定した。")).toEqual([["2025-03-01", "3月1日"]]);
  });

  it("converts era years, including 元年", () => {
    expect(values("令和6年4月に施行された。")).toEqual([["2024-04", "令和6年4月"]]);
    expect(values("平成元年に始まった。")).toEqual([["1989", "平成元年"]]);
  });

  it("does not read durations, decades or impossible dates as dates", () => {
    expect(values("3年間続いた。")).toEqual([]);
    expect(values("1990年代に増えた。")).toEqual([]);
    expect(values("2月30日と書かれていた。")).toEqual([]);
  });
});
