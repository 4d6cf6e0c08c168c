import type { QuizResponse } from "@jiji/content";
import type { UnansweredQuestion } from "@/server/quiz/answer-types";

/** What the student has entered so far; `null` means nothing chosen yet. */
export type AnswerDraft =
  | { type: "single-choice"; optionId: string | null }
  | { type: "true-false"; value: boolean | null }
  | { type: "cloze"; text: string }
  | { type: "numeric"; value: string }
  | { type: "ordering"; itemIds: string[] }
  | { type: "matching"; pairs: Record<string, string> };

/** Why the answer cannot be sent yet; each maps to a message under `quiz.incomplete`. */
export type IncompleteReason = "chooseOption" | "enterAnswer" | "matchAll";

export type DraftCheck =
  | { isComplete: true; response: QuizResponse }
  | { isComplete: false; reason: IncompleteReason; remaining?: number };

export function createEmptyDraft(question: UnansweredQuestion): AnswerDraft {
  switch (question.type) {
    case "single-choice":
      return { type: "single-choice", optionId: null };
    case "true-false":
      return { type: "true-false", value: null };
    case "cloze":
      return { type: "cloze", text: "" };
    case "numeric":
      return { type: "numeric", value: "" };
    case "ordering":
      return { type: "ordering", itemIds: question.items.map((item) => item.id) };
    case "matching":
      return { type: "matching", pairs: {} };
  }
}

/** Turns a draft into the response body, or says what is still missing. */
export function checkDraft(question: UnansweredQuestion, draft: AnswerDraft): DraftCheck {
  switch (draft.type) {
    case "single-choice":
      return draft.optionId === null
        ? { isComplete: false, reason: "chooseOption" }
        : { isComplete: true, response: { type: "single-choice", optionId: draft.optionId } };
    case "true-false":
      return draft.value === null
        ? { isComplete: false, reason: "chooseOption" }
        : { isComplete: true, response: { type: "true-false", value: draft.value } };
    case "cloze":
      return draft.text.trim() === ""
        ? { isComplete: false, reason: "enterAnswer" }
        : { isComplete: true, response: { type: "cloze", text: draft.text.trim() } };
    case "numeric":
      return draft.value.trim() === ""
        ? { isComplete: false, reason: "enterAnswer" }
        : { isComplete: true, response: { type: "numeric", value: draft.value.trim() } };
    case "ordering":
      return { isComplete: true, response: { type: "ordering", itemIds: draft.itemIds } };
    case "matching": {
      const leftIds = question.type === "matching" ? question.left.map((item) => item.id) : [];
      const remaining = leftIds.filter((id) => !draft.pairs[id]).length;
      if (remaining > 0) return { isComplete: false, reason: "matchAll", remaining };
      const pairs = Object.fromEntries(leftIds.map((id) => [id, draft.pairs[id] as string]));
      return { isComplete: true, response: { type: "matching", pairs } };
    }
  }
}
