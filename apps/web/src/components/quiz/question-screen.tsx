"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "@/i18n/client";
import { pickLocalizedText } from "@/lib/localized";
import type { AnswerFeedback as AnswerFeedbackData, QuestionScreenView } from "@/server/quiz/answer-types";
import { AnswerFeedback } from "./answer-feedback";
import { AnswerForm } from "./answer-form";
import { QuizCountdown } from "./quiz-countdown";
import { QuizProgressHeader } from "./quiz-progress-header";
import { StemText } from "./stem-text";
import type { ClosedAttemptCode } from "./submit-answer-api";
import { useAdvanceQuiz } from "./use-advance-quiz";
import "./quiz.css";

/** The question screen of an attempt: progress, the stem, an answer input, then feedback or the next question. */
export function QuestionScreen({ view }: { view: QuestionScreenView }) {
  // Keyed by question so a refreshed view never shows the previous answer, even if the page forgets the key.
  return <QuestionScreenForQuestion key={`${view.attemptId}:${view.question.id}`} view={view} />;
}

type Phase =
  | { name: "answering" }
  | { name: "closed"; code: ClosedAttemptCode }
  | { name: "feedback"; feedback: AnswerFeedbackData; isFinished: boolean }
  | { name: "moving-on"; isFinished: boolean };

function QuestionScreenForQuestion({ view }: { view: QuestionScreenView }) {
  const { attemptId, mode, position, total, question, deadlineAt } = view;
  const locale = useLocale();
  const stemId = useId();
  const stemRef = useRef<HTMLHeadingElement>(null);
  const [phase, setPhase] = useState<Phase>({ name: "answering" });
  const { advance, markAnswered, isAdvancing } = useAdvanceQuiz(attemptId);
  const stem = pickLocalizedText(question.stem, locale);

  // After "next", focus was on a button that no longer exists: start keyboard and screen-reader users at the new stem.
  useEffect(() => {
    if (position > 0) stemRef.current?.focus();
  }, [position]);

  return (
    <article className="quiz-screen card" aria-labelledby={stemId}>
      <QuizProgressHeader mode={mode} position={position} total={total} />
      {deadlineAt && phase.name !== "closed" && (
        <QuizCountdown
          deadlineAt={deadlineAt}
          onTimeUp={() => {
            if (phase.name === "answering") setPhase({ name: "closed", code: "time-up" });
          }}
        />
      )}
      <h2
        id={stemId}
        ref={stemRef}
        tabIndex={-1}
        className="quiz-stem"
        lang={stem.lang === locale ? undefined : stem.lang}
      >
        <StemText text={stem.text} />
      </h2>
      {phase.name === "answering" && (
        <AnswerForm
          attemptId={attemptId}
          question={question}
          stemId={stemId}
          onAnswered={(result) => {
            markAnswered();
            if (result.feedback) {
              setPhase({ name: "feedback", feedback: result.feedback, isFinished: result.isFinished });
            } else {
              setPhase({ name: "moving-on", isFinished: result.isFinished });
              advance(result.isFinished);
            }
          }}
          onClosed={(code) => setPhase({ name: "closed", code })}
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
        {phase.name === "closed" && <AttemptClosed attemptId={attemptId} code={phase.code} />}
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

/** Out of time (or finished elsewhere): no answer form, only the way to the results. */
function AttemptClosed({ attemptId, code }: { attemptId: string; code: ClosedAttemptCode }) {
  const t = useTranslations("quiz.closed");
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The answer form that had focus is gone: start the student at the message.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div className="quiz-closed">
      <h3 ref={titleRef} tabIndex={-1} className="quiz-closed__title">
        {t(code)}
      </h3>
      <p>{t("body")}</p>
      <a
        href={`/quiz/${encodeURIComponent(attemptId)}/results`}
        className="button button--primary button--large"
      >
        {t("seeResults")}
      </a>
    </div>
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
