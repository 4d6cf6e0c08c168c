"use server";

import { getDatabase } from "@jiji/db";
import { redirect } from "next/navigation";
import { furiganaChoiceSchema, saveFuriganaPreference } from "./furigana-preference";

/** The furigana toggle: remembers the choice (account or cookie) and reloads the article with it. */
export async function setFuriganaAction(formData: FormData): Promise<void> {
  const input = furiganaChoiceSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/articles");
  await saveFuriganaPreference(await getDatabase(), input.data.show);
  redirect(`/articles/${input.data.articleSlug}#reading-title`);
}
