"use client";

import type { UnansweredQuestion } from "@/server/quiz/answer-types";
import type { AnswerDraft } from "./answer-draft";
import { ClozeInput } from "./cloze-input";
import { MatchingInput } from "./matching-input";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { SingleChoiceInput } from "./single-choice-input";
import { TrueFalseInput } from "./true-false-input";

type AnswerInputProps = {
  question: UnansweredQuestion;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  /** id of the stem, which names the choice groups and lists. */
  stemId: string;
  isSending: boolean;
  onSubmitShortcut: () => void;
};

/** The input that fits the question type. */
export function AnswerInput({
  question,
  draft,
  onChange,
  stemId,
  isSending,
  onSubmitShortcut,
}: AnswerInputProps) {
  if (question.type === "single-choice" && draft.type === "single-choice") {
    return (
      <SingleChoiceInput
        labelledBy={stemId}
        options={question.options}
        optionId={draft.optionId}
        onChange={(optionId) => onChange({ type: "single-choice", optionId })}
        onSubmitShortcut={onSubmitShortcut}
        isShortcutEnabled={!isSending}
      />
    );
  }
  if (question.type === "true-false" && draft.type === "true-false") {
    return (
      <TrueFalseInput
        labelledBy={stemId}
        value={draft.value}
        onChange={(value) => onChange({ type: "true-false", value })}
        onSubmitShortcut={onSubmitShortcut}
        isShortcutEnabled={!isSending}
      />
    );
  }
  if (question.type === "cloze" && draft.type === "cloze") {
    return (
      <ClozeInput
        text={draft.text}
        onChange={(text) => onChange({ type: "cloze", text })}
        isReadOnly={isSending}
      />
    );
  }
  if (question.type === "numeric" && draft.type === "numeric") {
    return (
      <NumericInput
        unit={question.unit}
        value={draft.value}
        onChange={(value) => onChange({ type: "numeric", value })}
        isReadOnly={isSending}
      />
    );
  }
  if (question.type === "ordering" && draft.type === "ordering") {
    return (
      <OrderingInput
        labelledBy={stemId}
        items={question.items}
        itemIds={draft.itemIds}
        onChange={(itemIds) => onChange({ type: "ordering", itemIds })}
      />
    );
  }
  if (question.type === "matching" && draft.type === "matching") {
    return (
      <MatchingInput
        labelledBy={stemId}
        left={question.left}
        right={question.right}
        pairs={draft.pairs}
        onChange={(pairs) => onChange({ type: "matching", pairs })}
      />
    );
  }
  return null;
}
