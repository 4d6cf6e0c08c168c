import { describe, expect, it } from "vitest";
import { articles } from "../articles";
import { generateQuestions } from "../generator/generate-questions";
import type { Question } from "../schemas/question-types";
import { checkReview, type ReviewFile, updateReview } from "./review-file";

const bank = generateQuestions(articles[0] as (typeof articles)[number], { seed: "jiji" }).slice(0, 4) as [
  Question,
  Question,
  Question,
  Question,
];
const approve = (question: Question) => ({ id: question.id, status: "approved" as const, question });
const reworded = (question: Question): Question => ({ ...question, stem: { ja: `${question.stem.ja}(改)` } });

describe("checkReview", () => {
  it("passes a bank whose every question has an entry with the same text", () => {
    const review: ReviewFile = { article: "a", questions: bank.map(approve) };
    expect(checkReview(bank, review, [])).toEqual([]);
  });

  it("fails on a question with no entry, a changed text, a pending entry and a vanished one", () => {
    const [first, second, third, fourth] = bank;
    const review: ReviewFile = {
      article: "a",
      questions: [
        approve(reworded(first)),
        { id: second.id, status: "pending", question: second },
        approve(fourth),
      ],
    };
    const problems = checkReview([first, second, third], review, []);
    expect(problems.map((p) => [p.questionId, p.message])).toEqual([
      [first.id, "text differs from its approved entry"],
      [second.id, "not reviewed yet (pending)"],
      [third.id, "generated but not in the review file"],
      [fourth.id, "in the review file but no longer generated (retire it)"],
    ]);
  });

  it("fails when a generated id reuses a retired one", () => {
    const review: ReviewFile = { article: "a", questions: bank.map(approve) };
    expect(checkReview(bank, review, [bank[0]])).toContainEqual({
      questionId: bank[0].id,
      message: "reuses the id of a retired question",
    });
  });
});

describe("updateReview", () => {
  it("keeps unchanged decisions, makes new ones pending, retires vanished approved ones whole", () => {
    const [first, second, third, fourth] = bank;
    const review: ReviewFile = {
      article: "a",
      questions: [
        approve(first),
        { id: second.id, status: "rejected", reason: "trivial", question: second },
        approve(fourth),
      ],
    };
    const result = updateReview([first, second, third], review, []);
    expect(result.review.questions.map((entry) => [entry.id, entry.status])).toEqual([
      [first.id, "approved"],
      [second.id, "rejected"],
      [third.id, "pending"],
    ]);
    expect(result.retired).toEqual([fourth]);
  });

  it("refuses to overwrite approved text under the same id, and says which", () => {
    const review: ReviewFile = { article: "a", questions: [approve(reworded(bank[0]))] };
    const result = updateReview([bank[0]], review, []);
    expect(result.changedApproved).toEqual([bank[0].id]);
    expect(result.review.questions[0]?.question).toEqual(reworded(bank[0]));
  });
});
