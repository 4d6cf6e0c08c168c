import { getQuestionBank, toPublicQuestion } from "@jiji/content/server";
import { describe, expect, it } from "vitest";
import { ITEM_LABELS, OPTION_LABELS, worksheetKey } from "./worksheet-key";

const bank = getQuestionBank("russia-north-korea-partnership");

describe("worksheetKey", () => {
  it("names the correct option by the label it has on the printed (shuffled) sheet", () => {
    const question = bank.find((item) => item.type === "single-choice")!;
    if (question.type !== "single-choice") throw new Error("no single-choice question");
    const printed = toPublicQuestion(question, "worksheet");
    if (printed.type !== "single-choice") throw new Error("type changed");
    const key = worksheetKey(question, printed, "");
    const label = key.split(" ")[0]!;
    const printedOption = printed.options[OPTION_LABELS.indexOf(label as (typeof OPTION_LABELS)[number])]!;
    expect(question.options.find((option) => option.id === printedOption.id)?.isCorrect).toBe(true);
  });

  it("writes an order in the printed items' letters", () => {
    const question = bank.find((item) => item.type === "ordering")!;
    if (question.type !== "ordering") throw new Error("no ordering question");
    const printed = toPublicQuestion(question, "worksheet");
    if (printed.type !== "ordering") throw new Error("type changed");
    const letters = worksheetKey(question, printed, "").split(" → ");
    const ids = letters.map((letter) => printed.items[ITEM_LABELS.indexOf(letter as "A")]!.id);
    expect(ids).toEqual(question.items.map((item) => item.id));
  });

  it("marks true/false with 〇 and ×", () => {
    const question = bank.find((item) => item.type === "true-false")!;
    if (question.type !== "true-false") throw new Error("no true-false question");
    expect(worksheetKey(question, toPublicQuestion(question, "s"), "")).toBe(question.answer ? "〇" : "×");
  });
});
