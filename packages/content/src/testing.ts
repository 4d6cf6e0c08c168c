// Test and benchmark helpers: they read the key, so nothing the browser imports may use them.
import type { Question, QuizResponse } from "./schemas/question-types";

/** The response a student who knows the answer would send. */
export function answerKeyResponse(question: Question): QuizResponse {
  return responseFor(question, true);
}

/** A right answer, or a plausible wrong one of the same shape (graded incorrect, or partial for order/matching). */
export function responseFor(question: Question, isRight: boolean): QuizResponse {
  switch (question.type) {
    case "single-choice":
      return {
        type: "single-choice",
        optionId: question.options.find((option) => option.isCorrect === isRight)!.id,
      };
    case "true-false":
      return { type: "true-false", value: isRight ? question.answer : !question.answer };
    case "cloze":
      return { type: "cloze", text: isRight ? question.acceptedAnswers[0]! : "まったく関係のない答え" };
    case "numeric":
      return {
        type: "numeric",
        value: String(isRight ? question.answer.value : question.answer.value * 10 + 12345),
      };
    case "ordering": {
      const ids = question.items.map((item) => item.id);
      return { type: "ordering", itemIds: isRight ? ids : ids.reverse() };
    }
    case "matching": {
      const rightIds = question.left.map((left) => question.correctPairs[left.id]!);
      const chosen = isRight ? rightIds : [...rightIds.slice(1), rightIds[0]!];
      return {
        type: "matching",
        pairs: Object.fromEntries(question.left.map((left, i) => [left.id, chosen[i]!])),
      };
    }
  }
}
