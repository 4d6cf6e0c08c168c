"use client";

import type { PublicChoice } from "@jiji/content";
import { useId } from "react";
import { useTranslations } from "@/i18n/client";

type MatchingInputProps = {
  labelledBy: string;
  left: PublicChoice[];
  right: PublicChoice[];
  pairs: Record<string, string>;
  onChange: (pairs: Record<string, string>) => void;
};

/** One native select per left item: keyboard, touch and screen readers all know how to use it. */
export function MatchingInput({ labelledBy, left, right, pairs, onChange }: MatchingInputProps) {
  const t = useTranslations("quiz.matching");
  const baseId = useId();
  const instructionsId = `${baseId}-instructions`;
  return (
    <fieldset className="quiz-matching" aria-labelledby={labelledBy} aria-describedby={instructionsId}>
      <p id={instructionsId} className="field__hint">
        {t("instructions")}
      </p>
      {left.map((leftItem, index) => {
        const selectId = `${baseId}-${index}`;
        return (
          <div key={leftItem.id} className="field quiz-matching__row">
            <label htmlFor={selectId}>{leftItem.text}</label>
            <select
              id={selectId}
              className="quiz-select"
              value={pairs[leftItem.id] ?? ""}
              onChange={(event) => {
                const next = { ...pairs };
                if (event.target.value) next[leftItem.id] = event.target.value;
                else delete next[leftItem.id];
                onChange(next);
              }}
            >
              <option value="">{t("placeholder")}</option>
              {right.map((rightItem) => (
                <option key={rightItem.id} value={rightItem.id}>
                  {rightItem.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
