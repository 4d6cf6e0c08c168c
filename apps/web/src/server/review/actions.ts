"use server";

import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { formError } from "@/components/form/form-state";
import { authedFormAction } from "../auth/authed-form-action";
import { systemClock } from "./clock";
import { mistakeFilterSchema, startReviewSchema } from "./review-schemas";
import { startMistakesAttempt, startReviewAttempt } from "./start-review-attempts";

export const retryMistakesAction = authedFormAction(mistakeFilterSchema, async (input, user) => {
  const started = await startMistakesAttempt(await getDatabase(), user.id, {
    articleSlug: input.article,
    type: input.type,
  });
  if (!started.ok) return formError("noMistakes");
  redirect(`/quiz/${started.attemptId}`);
});

export const startReviewAction = authedFormAction(startReviewSchema, async (_input, user) => {
  const started = await startReviewAttempt(await getDatabase(), user.id, systemClock);
  if (!started.ok) return formError("nothingDue");
  redirect(`/quiz/${started.attemptId}`);
});
