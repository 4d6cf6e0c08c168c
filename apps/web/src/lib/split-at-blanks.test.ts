import { BLANK } from "@jiji/content";
import { describe, expect, it } from "vitest";
import { splitAtBlanks } from "./split-at-blanks";

describe("splitAtBlanks", () => {
  it("cuts a stem around its gap, keeping the gap whole", () => {
    expect(splitAtBlanks(`露朝は${BLANK}年に条約を結んだ。`)).toEqual([
      { text: "露朝は", isBlank: false, start: 0 },
      { text: BLANK, isBlank: true, start: 3 },
      { text: "年に条約を結んだ。", isBlank: false, start: 3 + BLANK.length },
    ]);
  });

  it("handles a gap at either end and two gaps in one stem", () => {
    expect(splitAtBlanks(`${BLANK}と${BLANK}`).map((part) => part.isBlank)).toEqual([true, false, true]);
  });

  it("leaves a stem without a gap as one part", () => {
    expect(splitAtBlanks("正しいものを選んでください")).toEqual([
      { text: "正しいものを選んでください", isBlank: false, start: 0 },
    ]);
  });
});
