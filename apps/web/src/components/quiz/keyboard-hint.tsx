"use client";

import { useTranslations } from "@/i18n/client";
import type { UnansweredQuestion } from "@/server/quiz/answer-types";

/** One line telling keyboard users what the keys do for this question type. */
export function KeyboardHint({ question }: { question: UnansweredQuestion }) {
  const t = useTranslations("quiz.keyboardHint");
  const hint =
    question.type === "single-choice"
      ? t("singleChoice", { count: question.options.length })
      : t(question.type === "true-false" ? "trueFalse" : question.type);
  return <p className="quiz-keyboard-hint">{hint}</p>;
}
