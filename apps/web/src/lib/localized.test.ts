import { describe, expect, it } from "vitest";
import { pickLocalizedText } from "./localized";

describe("pickLocalizedText", () => {
  it("uses English in the English UI when there is a translation", () => {
    expect(pickLocalizedText({ ja: "日本", en: "Japan" }, "en")).toEqual({ text: "Japan", lang: "en" });
  });

  it("falls back to Japanese, marked as such", () => {
    expect(pickLocalizedText({ ja: "日本" }, "en")).toEqual({ text: "日本", lang: "ja" });
    expect(pickLocalizedText({ ja: "日本", en: "Japan" }, "ja")).toEqual({ text: "日本", lang: "ja" });
  });
});
