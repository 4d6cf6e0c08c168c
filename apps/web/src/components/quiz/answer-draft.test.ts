import { describe, expect, it } from "vitest";
import type { UnansweredQuestion } from "@/server/quiz/answer-types";
import { checkDraft, createEmptyDraft } from "./answer-draft";

const base = { id: "q1", stem: { ja: "問題" }, difficulty: 1 } as const;
const matching: UnansweredQuestion = {
  ...base,
  type: "matching",
  left: [
    { id: "l1", text: "東京" },
    { id: "l2", text: "大阪" },
  ],
  right: [
    { id: "r1", text: "関東" },
    { id: "r2", text: "関西" },
  ],
};

describe("answer drafts", () => {
  it("keeps a choice question incomplete until an option is chosen", () => {
    const question: UnansweredQuestion = {
      ...base,
      type: "single-choice",
      options: [{ id: "o1", text: "A" }],
    };
    expect(checkDraft(question, createEmptyDraft(question))).toEqual({
      isComplete: false,
      reason: "chooseOption",
    });
    expect(checkDraft(question, { type: "single-choice", optionId: "o1" })).toEqual({
      isComplete: true,
      response: { type: "single-choice", optionId: "o1" },
    });
  });

  it("treats false as a chosen true-false answer", () => {
    const question: UnansweredQuestion = { ...base, type: "true-false" };
    expect(checkDraft(question, { type: "true-false", value: false })).toEqual({
      isComplete: true,
      response: { type: "true-false", value: false },
    });
  });

  it("trims typed answers and refuses blank ones", () => {
    const question: UnansweredQuestion = { ...base, type: "numeric", unit: "人" };
    expect(checkDraft(question, { type: "numeric", value: "   " })).toMatchObject({ isComplete: false });
    expect(checkDraft(question, { type: "numeric", value: " 1万1000 " })).toEqual({
      isComplete: true,
      response: { type: "numeric", value: "1万1000" },
    });
  });

  it("starts an ordering question in the displayed order, ready to send", () => {
    const question: UnansweredQuestion = {
      ...base,
      type: "ordering",
      items: [
        { id: "b", text: "B" },
        { id: "a", text: "A" },
      ],
    };
    expect(checkDraft(question, createEmptyDraft(question))).toEqual({
      isComplete: true,
      response: { type: "ordering", itemIds: ["b", "a"] },
    });
  });

  it("counts the left items still without a match", () => {
    expect(checkDraft(matching, { type: "matching", pairs: { l1: "r1" } })).toEqual({
      isComplete: false,
      reason: "matchAll",
      remaining: 1,
    });
    expect(checkDraft(matching, { type: "matching", pairs: { l1: "r1", l2: "r2", stale: "r1" } })).toEqual({
      isComplete: true,
      response: { type: "matching", pairs: { l1: "r1", l2: "r2" } },
    });
  });
});
