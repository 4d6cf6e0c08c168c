"use client";

import { ActionForm } from "@/components/form/action-form";
import { useTranslations } from "@/i18n/client";
import { retryMistakesAction } from "@/server/review/actions";
import "@/app/review.css";

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
  return (
    <ActionForm
      action={retryMistakesAction}
      messages="review.errors"
      noValidate={false}
      hidden={{ article: article ?? "", type: type ?? "" }}
      className="mistakes__retry"
      buttonClassName="button button--primary button--large"
      submitLabel={t("mistakes.retry", { count })}
      pendingLabel={t("mistakes.retrying")}
    />
  );
}
