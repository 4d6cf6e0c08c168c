"use client";

import { useTranslations } from "@/i18n/client";
import type { QuizMode } from "@/server/quiz/answer-types";

type QuizProgressHeaderProps = { mode: QuizMode; position: number; total: number };

/** Where the student is in the attempt, and whether answers are marked now or at the end. */
export function QuizProgressHeader({ mode, position, total }: QuizProgressHeaderProps) {
  const t = useTranslations("quiz");
  const current = Math.min(position + 1, Math.max(total, 1));
  return (
    <header className="quiz-header">
      <div className="quiz-header__progress">
        <progress
          className="quiz-progress"
          value={current}
          max={Math.max(total, 1)}
          aria-label={t("progress.label")}
          aria-valuetext={t("progress.valueText", { current, total })}
        />
        <span className="quiz-header__count">{t("progress.count", { current, total })}</span>
      </div>
      <p className="quiz-header__mode">
        <span className={`quiz-mode-badge quiz-mode-badge--${mode}`}>{t(`mode.${mode}.name`)}</span>
        <span className="quiz-header__mode-note">{t(`mode.${mode}.description`)}</span>
      </p>
    </header>
  );
}
