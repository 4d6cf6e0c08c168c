"use client";

import { QUESTION_TYPES } from "@jiji/content";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startQuizAction } from "@/server/actions/quiz";
import type { FormState } from "@/server/form-action";

const COUNTS = [5, 10, 20] as const;

export function StartQuizForm({ articleSlug }: { articleSlug: string }) {
  const t = useTranslations("article");
  const tTypes = useTranslations("questionTypes");
  const [state, action, isPending] = useActionState(startQuizAction, {} as FormState);
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
        {COUNTS.map((count) => (
          <label key={count} className="choice">
            <input type="radio" name="count" value={count} defaultChecked={count === 10} />
            {t("start.countOption", { count })}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t("start.types")}</legend>
        {QUESTION_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" name="types" value={type} defaultChecked />
            {tTypes(type)}
          </label>
        ))}
      </fieldset>
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
