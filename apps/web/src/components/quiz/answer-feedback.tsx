"use client";

import type { Citation } from "@jiji/content";
import { useEffect, useId, useRef } from "react";
import { EvidenceQuote } from "@/components/reading/evidence-quote";
import { useLocale, useTranslations } from "@/i18n/client";
import { pickLocalizedText } from "@/lib/localized";
import type { AnswerFeedback as AnswerFeedbackData } from "@/server/quiz/answer-types";
import { partialCreditPercent } from "./submit-answer-api";

type AnswerFeedbackProps = {
  feedback: AnswerFeedbackData;
  isFinished: boolean;
  isAdvancing: boolean;
  onContinue: () => void;
};

/** Practice-mode verdict, answers, explanation and sources, then the way on (focused, so Enter continues). */
export function AnswerFeedback({ feedback, isFinished, isAdvancing, onContinue }: AnswerFeedbackProps) {
  const t = useTranslations("quiz.feedback");
  const tEvidence = useTranslations("reading.evidence");
  const locale = useLocale();
  const headingId = useId();
  const continueRef = useRef<HTMLButtonElement>(null);
  const explanation = pickLocalizedText(feedback.explanation, locale);
  const percent = partialCreditPercent(feedback.score);

  useEffect(() => {
    continueRef.current?.focus();
  }, []);

  return (
    <section
      className={`quiz-feedback ${feedback.isCorrect ? "quiz-feedback--correct" : "quiz-feedback--incorrect"}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="quiz-feedback__verdict">
        <span className="quiz-feedback__mark" aria-hidden="true">
          {feedback.isCorrect ? "✓" : "✗"}
        </span>
        {feedback.isCorrect ? t("correct") : t("incorrect")}
      </h3>
      {percent !== null && <p className="quiz-feedback__partial">{t("partialCredit", { percent })}</p>}
      <dl className="quiz-feedback__answers">
        <div>
          <dt>{t("yourAnswer")}</dt>
          <dd>{feedback.yourAnswer}</dd>
        </div>
        <div>
          <dt>{t("correctAnswer")}</dt>
          <dd>{feedback.correctAnswer}</dd>
        </div>
      </dl>
      <h4 className="quiz-feedback__subheading">{t("explanation")}</h4>
      <p lang={explanation.lang === locale ? undefined : explanation.lang}>{explanation.text}</p>
      <EvidenceQuote evidence={feedback.evidence} t={tEvidence} locale={locale} />
      {feedback.citations.length > 0 && (
        <>
          <h4 className="quiz-feedback__subheading">{t("sources")}</h4>
          <ul className="quiz-feedback__sources">
            {feedback.citations.map((citation) => (
              <CitationItem key={citation.sourceId} citation={citation} />
            ))}
          </ul>
        </>
      )}
      <button
        ref={continueRef}
        type="button"
        className="button button--primary button--large quiz-feedback__continue"
        onClick={onContinue}
        aria-disabled={isAdvancing || undefined}
        aria-describedby={headingId}
      >
        {isFinished ? t("seeResults") : t("next")}
      </button>
    </section>
  );
}

function CitationItem({ citation }: { citation: Citation }) {
  const t = useTranslations("quiz.feedback");
  const date = citation.publishedDateAsWritten ?? citation.publishedDate;
  return (
    <li className="quiz-feedback__source">
      {citation.url ? (
        <a href={citation.url} target="_blank" rel="noopener noreferrer">
          {citation.title}
          <span className="visually-hidden">{t("opensInNewTab")}</span>
        </a>
      ) : (
        <span>{citation.title}</span>
      )}
      <span className="quiz-feedback__source-meta">
        {citation.publisher}
        {date && ` · ${date}`}
      </span>
    </li>
  );
}
