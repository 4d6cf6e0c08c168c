"use server";

import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { formPostAction } from "../auth/form-action";
import { currentUser } from "../auth/session";
import { practiseFactSchema, startFactPractice } from "../progress/practise-fact";

/** 「この文から出る問題」 on the reading page: a short practice quiz on one fact; back to the article after sign-in. */
export const practiseSentenceAction = formPostAction(
  practiseFactSchema,
  async (input) => {
    const articlePath = `/articles/${input.articleSlug}`;
    const user = await currentUser();
    // Signed-out readers come back to the sentence they chose, so the sign-in target depends on the input.
    if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`${articlePath}#fact-${input.factId}`)}`);
    const started = await startFactPractice(await getDatabase(), user.id, input);
    redirect(
      started.ok
        ? `/quiz/${started.attemptId}`
        : `${articlePath}?practiseError=${started.reason}#fact-${input.factId}`,
    );
  },
  () => redirect("/articles"),
);
