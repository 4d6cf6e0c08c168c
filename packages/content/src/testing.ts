// Test and benchmark helpers: they read the key, so nothing the browser imports may use them.
import type { Question, QuizResponse } from "./schemas/question-types";

/** The response a student who knows the answer would send. */
export function answerKeyResponse(question: Question): QuizResponse {
  switch (question.type) {
    case "single-choice":
      return { type: "single-choice", optionId: question.options.find((option) => option.isCorrect)!.id };
    case "true-false":
      return { type: "true-false", value: question.answer };
    case "cloze":
      return { type: "cloze", text: question.acceptedAnswers[0]! };
    case "numeric":
      return { type: "numeric", value: String(question.answer.value) };
    case "ordering":
      return { type: "ordering", itemIds: question.items.map((item) => item.id) };
    case "matching":
      return { type: "matching", pairs: question.correctPairs };
  }
}
