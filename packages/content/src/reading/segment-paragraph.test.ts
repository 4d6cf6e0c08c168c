import { describe, expect, it } from "vitest";
import { getArticle } from "../question-bank";
import { segmentParagraph } from "./segment-paragraph";

const article = getArticle("russia-north-korea-partnership")!;
const text = "北朝鮮の金正恩総書記は平壌で会談した。";

function textOf(runs: ReturnType<typeof segmentParagraph>): string {
  return runs.flatMap((run) => run.pieces.flatMap((piece) => piece.parts.map((part) => part.text))).join("");
}

describe("segmentParagraph", () => {
  it("attaches readings and links a glossary term without losing text", () => {
    const runs = segmentParagraph(text, {
      facts: [],
      rubies: [
        [0, 3, "きたちょうせん"],
        [11, 13, "ぴょんやん"],
      ],
      terms: [{ id: "pyongyang", term: "平壌" }],
    });
    expect(textOf(runs)).toBe(text);
    const pieces = runs[0]!.pieces;
    expect(pieces[0]!.parts[0]).toEqual({ text: "北朝鮮", reading: "きたちょうせん" });
    expect(pieces.find((piece) => piece.termId === "pyongyang")?.parts).toEqual([
      { text: "平壌", reading: "ぴょんやん" },
    ]);
  });

  it("drops a reading that crosses a glossary term's edge rather than splitting the term", () => {
    const runs = segmentParagraph(text, {
      facts: [],
      rubies: [[10, 12, "x"]],
      terms: [{ id: "pyongyang", term: "平壌" }],
    });
    expect(
      runs.flatMap((run) => run.pieces.flatMap((piece) => piece.parts)).some((part) => part.reading),
    ).toBe(false);
  });

  it("marks a fact's sentence as its own run", () => {
    const fact = article.facts[0]!;
    const paragraph = `前置き。${fact.sentence}`;
    const runs = segmentParagraph(paragraph, { facts: [fact] });
    expect(runs.map((run) => run.factIds)).toEqual([[], [fact.id]]);
    expect(textOf(runs)).toBe(paragraph);
  });
});
