import { describe, expect, it } from "vitest";
import { findQuotes, isSpeech } from "./quotes";

describe("findQuotes", () => {
  it("finds top-level quotations with nested ones inside", () => {
    const sentence = "市長は「『安全第一』を守る」と強調した。";
    const [quote] = findQuotes(sentence);
    expect(quote?.content).toBe("『安全第一』を守る");
    expect(isSpeech(sentence, quote!)).toBe(true);
  });

  it("does not take a quoted name for speech", () => {
    const sentence = "「ボストーチヌイ」宇宙基地で会談した。";
    expect(findQuotes(sentence).filter((quote) => isSpeech(sentence, quote))).toEqual([]);
  });
});
