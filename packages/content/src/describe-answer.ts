import type { Locale } from "./locale";
import { type Question, responseSchema } from "./schemas/question-types";

const words = {
  ja: {
    true: "正しい",
    false: "誤り",
    noAnswer: "(回答なし)",
    unreadable: "(読み取れない回答)",
    unknown: "(不明な選択肢)",
  },
  en: {
    true: "True",
    false: "False",
    noAnswer: "(no answer)",
    unreadable: "(unreadable answer)",
    unknown: "(unknown option)",
  },
} as const;

function joinPairs(
  question: Extract<Question, { type: "matching" }>,
  pairs: Record<string, string>,
  locale: Locale,
) {
  const rightText = new Map(question.right.map((item) => [item.id, item.text]));
  return question.left
    .map((item) => {
      const right = pairs[item.id];
      return `${item.text} → ${right ? (rightText.get(right) ?? words[locale].unknown) : words[locale].noAnswer}`;
    })
    .join(locale === "ja" ? "、" : "; ");
}

/** The key as a sentence for feedback and results pages. */
export function describeCorrectAnswer(question: Question, locale: Locale): string {
  switch (question.type) {
    case "single-choice":
      return question.options.find((option) => option.isCorrect)?.text ?? "";
    case "true-false":
      return question.answer ? words[locale].true : words[locale].false;
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
      return joinPairs(question, question.correctPairs, locale);
  }
}

/** What the student answered, in words; tolerant of malformed input because it is shown after grading. */
export function describeResponse(question: Question, response: unknown, locale: Locale): string {
  const parsed = responseSchema.safeParse(response);
  if (!parsed.success || parsed.data.type !== question.type) return words[locale].unreadable;
  const answer = parsed.data;
  switch (answer.type) {
    case "single-choice":
      if (question.type !== "single-choice") break;
      return question.options.find((option) => option.id === answer.optionId)?.text ?? words[locale].unknown;
    case "true-false":
      return answer.value ? words[locale].true : words[locale].false;
    case "cloze":
      return answer.text.trim() === "" ? words[locale].noAnswer : answer.text;
    case "numeric":
      if (question.type !== "numeric") break;
      return answer.value.trim() === ""
        ? words[locale].noAnswer
        : `${answer.value}${question.unit && !answer.value.endsWith(question.unit) ? ` ${question.unit}` : ""}`;
    case "ordering": {
      if (question.type !== "ordering") break;
      const text = new Map(question.items.map((item) => [item.id, item.text]));
      return answer.itemIds.map((id) => text.get(id) ?? words[locale].unknown).join(" → ");
    }
    case "matching":
      if (question.type !== "matching") break;
      return joinPairs(question, answer.pairs, locale);
  }
  return words[locale].unreadable;
}
