"use server";

import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { practiseFactSchema, startFactPractice } from "../progress/practise-fact";
import { currentUser } from "../session";

/** 「この文から出る問題」 on the reading page: a short practice quiz on one fact; back to the article after sign-in. */
export async function practiseSentenceAction(formData: FormData): Promise<void> {
  const input = practiseFactSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/articles");
  const articlePath = `/articles/${input.data.articleSlug}`;
  const user = await currentUser();
  if (!user)
    redirect(`/signin?callbackUrl=${encodeURIComponent(`${articlePath}#fact-${input.data.factId}`)}`);
  const started = await startFactPractice(await getDatabase(), user.id, input.data);
  redirect(
    started.ok
      ? `/quiz/${started.attemptId}`
      : `${articlePath}?practiseError=${started.reason}#fact-${input.data.factId}`,
  );
}
