import { describe, expect, it } from "vitest";
import { builderReducer, changeOf, initialChoices } from "./quiz-set-builder-state";

describe("the quiz-set builder's choices", () => {
  const start = initialChoices("first-article", ["choice", "order"]);

  it("start with the first article, every type, ten questions and one attempt", () => {
    expect(start).toMatchObject({
      articleSlugs: ["first-article"],
      types: ["choice", "order"],
      questionCount: "10",
      selection: "fixed",
      feedbackPolicy: "end",
      attemptsAllowed: "1",
    });
  });

  it("toggle a ticked checkbox value in and out of its list", () => {
    const ticked = builderReducer(start, changeOf({ type: "checkbox", name: "tags", value: "外交" }));
    expect(ticked.tags).toEqual(["外交"]);
    const unticked = builderReducer(ticked, changeOf({ type: "checkbox", name: "tags", value: "外交" }));
    expect(unticked.tags).toEqual([]);
    const noType = builderReducer(start, changeOf({ type: "checkbox", name: "types", value: "choice" }));
    expect(noType.types).toEqual(["order"]);
  });

  it("set text, number and radio inputs to what was typed or chosen", () => {
    let choices = builderReducer(start, changeOf({ type: "text", name: "title", value: "地理" }));
    choices = builderReducer(choices, changeOf({ type: "number", name: "questionCount", value: "25" }));
    choices = builderReducer(choices, changeOf({ type: "radio", name: "selection", value: "per-student" }));
    expect(choices).toMatchObject({ title: "地理", questionCount: "25", selection: "per-student" });
    expect(start.title).toBe("");
  });
});
