"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";
import { retryMistakesAction } from "@/server/review/actions";

/** Starts a practice quiz of the open mistakes that match the current filter. */
export function RetryMistakesForm({
  article,
  type,
  count,
}: {
  article?: string;
  type?: string;
  count: number;
}) {
  const t = useTranslations("review");
  const [state, action, isPending] = useActionState(retryMistakesAction, {} as FormState);
  return (
    <form action={action} className="mistakes__retry">
      <input type="hidden" name="article" value={article ?? ""} />
      <input type="hidden" name="type" value={type ?? ""} />
      {state.formError && (
        <p role="alert" className="form__error">
          {t(`errors.${state.formError}` as "errors.noMistakes")}
        </p>
      )}
      <button type="submit" className="button button--primary button--large" disabled={isPending}>
        {isPending ? t("mistakes.retrying") : t("mistakes.retry", { count })}
      </button>
    </form>
  );
}
