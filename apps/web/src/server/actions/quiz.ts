"use server";

import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { formError } from "@/components/form/form-state";
import { authedFormAction } from "../auth/authed-form-action";
import { startQuizSchema } from "../quiz/quiz-schemas";
import { startAttempt } from "../quiz/start-attempt";

const START_ERRORS = { "unknown-article": "unknownArticle", "no-questions": "noQuestions" } as const;

export const startQuizAction = authedFormAction(startQuizSchema, async (input, user) => {
  const started = await startAttempt(await getDatabase(), user.id, input);
  if (!started.ok) return formError(START_ERRORS[started.reason]);
  redirect(`/quiz/${started.attemptId}`);
});
