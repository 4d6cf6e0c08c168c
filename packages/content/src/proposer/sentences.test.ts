import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits after 。！？ and keeps a quotation whole", () => {
    expect(splitSentences("雨が降った。彼は「寒い。帰ろう」と言った！本当か？").map((s) => s.text)).toEqual([
      "雨が降った。",
      "彼は「寒い。帰ろう」と言った！",
      "本当か？",
    ]);
  });

  it("keeps a last sentence without a full stop and reports offsets", () => {
    const text = "一文目。 二文目";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["一文目。", "二文目"]);
    expect(text.slice(spans[1]!.start, spans[1]!.start + 3)).toBe("二文目");
  });
});

describe("splitParagraphs", () => {
  it("separates paragraphs at blank lines and joins wrapped lines", () => {
    expect(splitParagraphs("一行目の\n続き。\n\n  次の段落。\r\n\r\n")).toEqual([
      "一行目の続き。",
      "次の段落。",
    ]);
  });
});
