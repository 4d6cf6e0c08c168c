"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";
import { startReviewAction } from "@/server/review/actions";

/** Starts a practice quiz with one fresh question per due fact. */
export function StartReviewForm() {
  const t = useTranslations("review");
  const [state, action, isPending] = useActionState(startReviewAction, {} as FormState);
  return (
    <form action={action}>
      {state.formError && (
        <p role="alert" className="form__error">
          {t(`errors.${state.formError}` as "errors.nothingDue")}
        </p>
      )}
      <button type="submit" className="button button--primary button--large" disabled={isPending}>
        {isPending ? t("queue.starting") : t("queue.start")}
      </button>
    </form>
  );
}
