"use client";

import { type FormEvent, useId, useState } from "react";
import { useTranslations } from "@/i18n/client";
import type { SubmitAnswerResult, UnansweredQuestion } from "@/server/quiz/answer-types";
import { checkDraft, createEmptyDraft } from "./answer-draft";
import { AnswerInput } from "./answer-input";
import { KeyboardHint } from "./keyboard-hint";
import type { ClosedAttemptCode } from "./submit-answer-api";
import { useSubmitAnswer } from "./use-submit-answer";

type AnswerFormProps = {
  attemptId: string;
  question: UnansweredQuestion;
  stemId: string;
  onAnswered: (result: SubmitAnswerResult) => void;
  onClosed: (code: ClosedAttemptCode) => void;
};

/** The answer input, the submit button and what stops it (nothing chosen, a failed send). */
export function AnswerForm({ attemptId, question, stemId, onAnswered, onClosed }: AnswerFormProps) {
  const t = useTranslations("quiz");
  const [draft, setDraft] = useState(() => createEmptyDraft(question));
  const { status, submit } = useSubmitAnswer({
    attemptId,
    questionId: question.id,
    onAnswered,
    onClosed,
  });
  const reasonId = useId();
  const check = checkDraft(question, draft);
  const isSending = status.state === "sending";

  function submitIfReady() {
    if (check.isComplete && !isSending) void submit(check.response);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submitIfReady();
  }

  return (
    <form className="quiz-answer" onSubmit={handleSubmit} noValidate aria-busy={isSending}>
      <AnswerInput
        question={question}
        draft={draft}
        onChange={setDraft}
        stemId={stemId}
        isSending={isSending}
        onSubmitShortcut={submitIfReady}
      />
      {status.state === "failed" && (
        <p role="alert" className="form__error quiz-answer__error">
          {status.message}
        </p>
      )}
      <div className="quiz-answer__actions">
        <button
          type="submit"
          className="button button--primary button--large quiz-answer__submit"
          // Disabled (not focusable) only while incomplete; while sending aria-disabled keeps focus for a retry.
          disabled={!check.isComplete}
          aria-disabled={isSending || undefined}
          aria-describedby={check.isComplete ? undefined : reasonId}
        >
          {isSending ? t("submitting") : t("submit")}
        </button>
        {!check.isComplete && (
          <p id={reasonId} className="quiz-answer__reason">
            {t(`incomplete.${check.reason}`, { remaining: check.remaining ?? 0 })}
          </p>
        )}
      </div>
      <KeyboardHint question={question} />
    </form>
  );
}
