"use server";

import { getDatabase } from "@jiji/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formPostAction } from "../auth/form-action";
import { furiganaChoiceSchema, saveFuriganaPreference } from "./furigana-preference";

/** The furigana toggle: remembers the choice (account or cookie) and reloads the article with it. */
export const setFuriganaAction = formPostAction(
  furiganaChoiceSchema,
  async (input) => {
    await saveFuriganaPreference(await getDatabase(), input.show);
    // A change stored on the account (not a cookie) would otherwise leave the router's cached page in place.
    revalidatePath(`/articles/${input.articleSlug}`);
    redirect(`/articles/${input.articleSlug}#reading-title`);
  },
  () => redirect("/articles"),
);
