import type { Locale } from "./locale";
import { type Question, responseSchema } from "./schemas/question-types";

/** The words an answer is described with; the app passes them from its message files (`answers`). */
export type AnswerWords = {
  true: string;
  false: string;
  noAnswer: string;
  unreadable: string;
  unknown: string;
};

function joinPairs(
  question: Extract<Question, { type: "matching" }>,
  pairs: Record<string, string>,
  locale: Locale,
  words: AnswerWords,
) {
  const rightText = new Map(question.right.map((item) => [item.id, item.text]));
  return question.left
    .map((item) => {
      const right = pairs[item.id];
      return `${item.text} → ${right ? (rightText.get(right) ?? words.unknown) : words.noAnswer}`;
    })
    .join(locale === "ja" ? "、" : "; ");
}

/** The key as a sentence for feedback and results pages. */
export function describeCorrectAnswer(question: Question, locale: Locale, words: AnswerWords): string {
  switch (question.type) {
    case "single-choice":
      return question.options.find((option) => option.isCorrect)?.text ?? "";
    case "true-false":
      return question.answer ? words.true : words.false;
    case "cloze":
      return question.acceptedAnswers[0] ?? "";
    case "numeric": {
      const tolerance = question.answer.tolerance;
      const range =
        tolerance > 0 ? (locale === "ja" ? `(±${tolerance}${question.unit})` : ` (±${tolerance})`) : "";
      return `${question.answer.asWritten}${range}`;
    }
    case "ordering":
      return question.items.map((item) => item.text).join(" → ");
    case "matching":
      return joinPairs(question, question.correctPairs, locale, words);
  }
}

/** What the student answered, in words; tolerant of malformed input because it is shown after grading. */
export function describeResponse(
  question: Question,
  response: unknown,
  locale: Locale,
  words: AnswerWords,
): string {
  const parsed = responseSchema.safeParse(response);
  if (!parsed.success || parsed.data.type !== question.type) return words.unreadable;
  const answer = parsed.data;
  switch (answer.type) {
    case "single-choice":
      if (question.type !== "single-choice") break;
      return question.options.find((option) => option.id === answer.optionId)?.text ?? words.unknown;
    case "true-false":
      return answer.value ? words.true : words.false;
    case "cloze":
      return answer.text.trim() === "" ? words.noAnswer : answer.text;
    case "numeric":
      if (question.type !== "numeric") break;
      return answer.value.trim() === ""
        ? words.noAnswer
        : `${answer.value}${question.unit && !answer.value.endsWith(question.unit) ? ` ${question.unit}` : ""}`;
    case "ordering": {
      if (question.type !== "ordering") break;
      const text = new Map(question.items.map((item) => [item.id, item.text]));
      return answer.itemIds.map((id) => text.get(id) ?? words.unknown).join(" → ");
    }
    case "matching":
      if (question.type !== "matching") break;
      return joinPairs(question, answer.pairs, locale, words);
  }
  return words.unreadable;
}
