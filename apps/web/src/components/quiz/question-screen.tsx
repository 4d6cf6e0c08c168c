"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { pickLocalizedText } from "@/lib/localized";
import type { AnswerFeedback as AnswerFeedbackData, QuestionScreenView } from "@/server/quiz/answer-types";
import { AnswerFeedback } from "./answer-feedback";
import { AnswerForm } from "./answer-form";
import { QuizProgressHeader } from "./quiz-progress-header";
import { useAdvanceQuiz } from "./use-advance-quiz";

/** The question screen of an attempt: progress, the stem, an answer input, then feedback or the next question. */
export function QuestionScreen({ view }: { view: QuestionScreenView }) {
  // Keyed by question so a refreshed view never shows the previous answer, even if the page forgets the key.
  return <QuestionScreenForQuestion key={`${view.attemptId}:${view.question.id}`} view={view} />;
}

type Phase =
  | { name: "answering" }
  | { name: "feedback"; feedback: AnswerFeedbackData; isFinished: boolean }
  | { name: "moving-on"; isFinished: boolean };

function QuestionScreenForQuestion({ view }: { view: QuestionScreenView }) {
  const { attemptId, mode, position, total, question } = view;
  const locale = useLocale();
  const stemId = useId();
  const stemRef = useRef<HTMLHeadingElement>(null);
  const [phase, setPhase] = useState<Phase>({ name: "answering" });
  const { advance, isAdvancing } = useAdvanceQuiz(attemptId);
  const stem = pickLocalizedText(question.stem, locale);

  // After "next", focus was on a button that no longer exists: start keyboard and screen-reader users at the new stem.
  useEffect(() => {
    if (position > 0) stemRef.current?.focus();
  }, [position]);

  return (
    <article className="quiz-screen card" aria-labelledby={stemId}>
      <QuizProgressHeader mode={mode} position={position} total={total} />
      <h2
        id={stemId}
        ref={stemRef}
        tabIndex={-1}
        className="quiz-stem"
        lang={stem.lang === locale ? undefined : stem.lang}
      >
        {stem.text}
      </h2>
      {phase.name === "answering" && (
        <AnswerForm
          attemptId={attemptId}
          question={question}
          stemId={stemId}
          onAnswered={(result) => {
            if (result.feedback) {
              setPhase({ name: "feedback", feedback: result.feedback, isFinished: result.isFinished });
            } else {
              setPhase({ name: "moving-on", isFinished: result.isFinished });
              advance(result.isFinished);
            }
          }}
        />
      )}
      <div aria-live="polite" className="quiz-screen__live">
        {phase.name === "feedback" && (
          <AnswerFeedback
            feedback={phase.feedback}
            isFinished={phase.isFinished}
            isAdvancing={isAdvancing}
            onContinue={() => {
              if (!isAdvancing) advance(phase.isFinished);
            }}
          />
        )}
        {phase.name === "moving-on" && (
          <MovingOn
            isFinished={phase.isFinished}
            isAdvancing={isAdvancing}
            onRetry={() => advance(phase.isFinished)}
          />
        )}
      </div>
    </article>
  );
}

/** Test mode: the answer is saved and the next page is loading; a button stays in case loading stalls. */
function MovingOn({
  isFinished,
  isAdvancing,
  onRetry,
}: {
  isFinished: boolean;
  isAdvancing: boolean;
  onRetry: () => void;
}) {
  const t = useTranslations("quiz");
  return (
    <div className="quiz-moving-on">
      <p>{isFinished ? t("movingOn.toResults") : t("movingOn.toNext")}</p>
      {!isAdvancing && (
        <button type="button" className="button button--primary button--large" onClick={onRetry}>
          {isFinished ? t("feedback.seeResults") : t("feedback.next")}
        </button>
      )}
    </div>
  );
}
