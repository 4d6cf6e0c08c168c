import { describe, expect, it } from "vitest";
import {
  normalizeAnswerText,
  parseJapaneseNumber,
  parseNumericResponse,
  withoutLinkingParticles,
} from "./normalize-answer";

describe("parseJapaneseNumber", () => {
  it.each([
    ["11000", 11000],
    ["11,000", 11000],
    ["1万1000", 11000],
    ["１万１０００", 11000],
    ["1.1万", 11000],
    ["一万一千", 11000],
    ["二十四", 24],
    ["三", 3],
    ["2億3000万", 230_000_000],
  ])("reads %s as %d", (input, expected) => {
    expect(parseJapaneseNumber(input)).toBe(expected);
  });

  it.each(["", "韓国", "1万x", "abc"])("returns null for %j", (input) => {
    expect(parseJapaneseNumber(input)).toBeNull();
  });
});

describe("parseNumericResponse", () => {
  it.each([
    ["1万1000人", "人", 11000],
    ["11,000", "人", 11000],
    ["約1万1000人規模", "人", 11000],
    ["１１０００人", "人", 11000],
    ["4年5ヶ月", "ヶ月", 53],
    ["4年5カ月", "ヶ月", 53],
    ["53ヶ月", "ヶ月", 53],
    ["24年", "年", 24],
    ["第三次", "次", 3],
    ["3回目", "次", 3],
    ["11000名", "人", 11000],
    ["11000人。", "人", 11000],
    ["11,000.", "人", 11000],
  ])("reads %s (unit %s) as %d", (input, unit, expected) => {
    expect(parseNumericResponse(input, unit)).toBe(expected);
  });

  it.each(["11000人以上", "11000人以下", "11000人未満", "1万人超", "24年以内"])(
    "refuses %s: the qualifier changes the claim",
    (input) => {
      expect(parseNumericResponse(input, "人")).toBeNull();
    },
  );

  it.each([
    ["2024", 2024],
    ["西暦2024年", 2024],
    ["令和6年", 2024],
    ["平成31年", 2019],
    ["令和元年", 2019],
    ["昭和64年", 1989],
  ])("reads the calendar year %s as %d", (input, expected) => {
    expect(parseNumericResponse(input, "年", { isCalendarYear: true })).toBe(expected);
  });

  it("reads era names only for calendar years", () => {
    expect(parseNumericResponse("令和6年", "年")).toBeNull();
  });

  it("returns null for words", () => {
    expect(parseNumericResponse("たくさん", "人")).toBeNull();
  });
});

describe("withoutLinkingParticles", () => {
  it.each([
    ["全面的な支持", "全面的支持"],
    ["無条件の実行", "無条件実行"],
    ["国家主権の相互尊重", "国家主権相互尊重"],
  ])("folds %s and %s together", (a, b) => {
    expect(withoutLinkingParticles(normalizeAnswerText(a))).toBe(
      withoutLinkingParticles(normalizeAnswerText(b)),
    );
  });

  it("keeps の inside a word of kana and different answers apart", () => {
    expect(withoutLinkingParticles("きのこ")).toBe("きのこ");
    expect(withoutLinkingParticles(normalizeAnswerText("国連の協力"))).not.toBe(normalizeAnswerText("国連"));
  });
});

describe("normalizeAnswerText (golden)", () => {
  it.each([
    ["ボストーチヌイ宇宙基地", "ぼすとーちぬい宇宙基地"],
    ["ﾎﾞｽﾄｰﾁﾇｲ宇宙基地", "ぼすとーちぬい宇宙基地"],
    ["　韓国 ", "韓国"],
    ["「特別軍事作戦」。", "特別軍事作戦"],
    ["国家安全保障会議・書記", "国家安全保障会議書記"],
    ["ＡＢＣ", "abc"],
    ["1万1000人", "11000人"],
    ["11,000人", "11000人"],
    ["１１０００人", "11000人"],
    ["2024年6月", "202406"],
    ["2024/6", "202406"],
    ["2024-06", "202406"],
    ["2023年9月13日", "20230913"],
    ["2023/09/13", "20230913"],
    ["約4年5ヶ月", "約4年5か月"],
    ["約4年5カ月", "約4年5か月"],
    ["約４年５か月", "約4年5か月"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeAnswerText(input)).toBe(expected);
  });

  it("keeps different answers different", () => {
    expect(normalizeAnswerText("2024年6月")).not.toBe(normalizeAnswerText("2024年7月"));
    expect(normalizeAnswerText("総書記")).not.toBe(normalizeAnswerText("委員長"));
    expect(normalizeAnswerText("1万1000人")).not.toBe(normalizeAnswerText("1万100人"));
  });
});
