"use client";

import { QUESTION_TYPES, type QuestionType } from "@jiji/content/browser-constants";
import { useActionState, useState } from "react";
import { useTranslations } from "@/i18n/client";
import { availableFor, type QuestionCounts } from "@/lib/question-counts";
import { startQuizAction } from "@/server/actions/quiz";
import type { FormState } from "@/server/auth/form-action";

const COUNTS = [5, 10, 20] as const;

/** The article's quiz settings; says before starting when the chosen types hold fewer questions than asked. */
export function StartQuizForm({ articleSlug, counts }: { articleSlug: string; counts: QuestionCounts }) {
  const t = useTranslations("article");
  const tTypes = useTranslations("questionTypes");
  const [state, action, isPending] = useActionState(startQuizAction, {} as FormState);
  const [count, setCount] = useState(10);
  const [types, setTypes] = useState<QuestionType[]>([...QUESTION_TYPES]);
  const available = availableFor(counts, types);
  const errors = [state.formError, ...Object.values(state.fieldErrors ?? {}).flat()].filter(
    Boolean,
  ) as string[];
  return (
    <form action={action} className="form start-quiz__form">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      {errors.length > 0 && (
        <p role="alert" className="form__error">
          {errors.map((key) => t(`errors.${key}`)).join(" / ")}
        </p>
      )}
      <fieldset className="choice-group">
        <legend>{t("start.count")}</legend>
        {COUNTS.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="count"
              value={option}
              checked={count === option}
              onChange={() => setCount(option)}
            />
            {t("start.countOption", { count: option })}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group" aria-describedby="start-quiz-available">
        <legend>{t("start.types")}</legend>
        {QUESTION_TYPES.map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              name="types"
              value={type}
              checked={types.includes(type)}
              onChange={() =>
                setTypes(types.includes(type) ? types.filter((item) => item !== type) : [...types, type])
              }
            />
            {tTypes(type)}
          </label>
        ))}
        <p id="start-quiz-available" className="field__hint">
          {t("start.available", {
            counts: QUESTION_TYPES.map((type) => `${tTypes(type)} ${counts[type]}`).join("・"),
          })}
        </p>
      </fieldset>
      <p role="status" className="start-quiz__shortfall" data-testid="start-quiz-shortfall">
        {types.length > 0 && available < count ? t("start.shortfall", { count, available }) : ""}
      </p>
      <fieldset className="choice-group">
        <legend>{t("start.mode")}</legend>
        <label className="choice">
          <input type="radio" name="mode" value="practice" defaultChecked />
          {t("start.practice")} <span className="muted">— {t("start.practiceHint")}</span>
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="test" />
          {t("start.test")} <span className="muted">— {t("start.testHint")}</span>
        </label>
      </fieldset>
      <button type="submit" className="button button--primary button--large" disabled={isPending}>
        {isPending ? t("start.submitting") : t("start.submit")}
      </button>
    </form>
  );
}
