"use client";

import { ActionForm } from "@/components/form/action-form";
import { useTranslations } from "@/i18n/client";
import { startReviewAction } from "@/server/review/actions";

/** Starts a practice quiz with one fresh question per due fact. */
export function StartReviewForm() {
  const t = useTranslations("review");
  return (
    <ActionForm
      action={startReviewAction}
      messages="review.errors"
      noValidate={false}
      className=""
      buttonClassName="button button--primary button--large"
      submitLabel={t("queue.start")}
      pendingLabel={t("queue.starting")}
    />
  );
}
