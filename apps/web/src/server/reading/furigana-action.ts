"use server";

import { getDatabase } from "@jiji/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { furiganaChoiceSchema, saveFuriganaPreference } from "./furigana-preference";

/** The furigana toggle: remembers the choice (account or cookie) and reloads the article with it. */
export async function setFuriganaAction(formData: FormData): Promise<void> {
  const input = furiganaChoiceSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/articles");
  await saveFuriganaPreference(await getDatabase(), input.data.show);
  // A change stored on the account (not a cookie) would otherwise leave the router's cached page in place.
  revalidatePath(`/articles/${input.data.articleSlug}`);
  redirect(`/articles/${input.data.articleSlug}#reading-title`);
}
