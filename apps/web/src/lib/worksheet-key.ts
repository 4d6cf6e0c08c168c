import type { PublicQuestion } from "@jiji/content";
import type { Question } from "@jiji/content/server";

/** Labels printed beside choices on a worksheet: katakana for options, letters for items, numbers for rows. */
export const OPTION_LABELS = ["ア", "イ", "ウ", "エ", "オ", "カ"] as const;
export const ITEM_LABELS = ["A", "B", "C", "D", "E", "F"] as const;

function labelOf(labels: readonly string[], items: readonly { id: string }[], id: string): string {
  return labels[items.findIndex((item) => item.id === id)] ?? "?";
}

/**
 * The answer key line for a printed question, in the labels the printed (shuffled) question shows:
 * 「ウ」 for a choice, 「C → A → B」 for an order, 「1-b 2-a」 for pairs; typed answers as written.
 */
export function worksheetKey(question: Question, printed: PublicQuestion, typedAnswer: string): string {
  if (question.type === "single-choice" && printed.type === "single-choice") {
    const correct = question.options.find((option) => option.isCorrect)!;
    return `${labelOf(OPTION_LABELS, printed.options, correct.id)} ${correct.text}`;
  }
  if (question.type === "true-false") return question.answer ? "〇" : "×";
  if (question.type === "ordering" && printed.type === "ordering")
    return question.items.map((item) => labelOf(ITEM_LABELS, printed.items, item.id)).join(" → ");
  if (question.type === "matching" && printed.type === "matching") {
    return printed.left
      .map((left, index) => {
        const right = question.correctPairs[left.id]!;
        return `${index + 1}-${labelOf(ITEM_LABELS, printed.right, right).toLowerCase()}`;
      })
      .join("  ");
  }
  return typedAnswer;
}
