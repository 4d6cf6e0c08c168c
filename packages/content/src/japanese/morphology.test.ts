import { describe, expect, it } from "vitest";
import { analyse, toHiragana } from "./morphology";

describe("morphology", () => {
  it("turns katakana readings into hiragana", () => {
    expect(toHiragana("ロシア")).toBe("ろしあ");
    expect(toHiragana("ヴァイオリン")).toBe("ヴぁいおりん");
  });

  it("splits a Japanese sentence into tokens with readings and offsets", async () => {
    const text = "北朝鮮は兵士を派遣した。";
    const tokens = await analyse(text);
    expect(tokens.map((t) => t.surface).join("")).toBe(text);
    const haken = tokens.find((t) => t.surface === "派遣");
    expect(haken?.reading).toBe("はけん");
    expect(haken && text.slice(haken.start, haken.start + 2)).toBe("派遣");
    expect(tokens.find((t) => t.surface === "北朝鮮")?.properKind).toBe("地域");
  }, 20_000);
});
