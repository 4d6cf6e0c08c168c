import "server-only";
import { getArticle } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { newDraftArticle } from "./editor-draft";
import type { CreateArticleInput } from "./editor-schemas";
import { insertEditorArticle } from "./editor-store";

/** A new draft from the form; a slug a shipped or editor article already uses is refused. */
export async function createEditorArticle(
  db: Database,
  userId: string,
  input: CreateArticleInput,
): Promise<{ ok: true; slug: string } | { ok: false; reason: "slugTaken" | "bodyHasNoSentences" }> {
  if (getArticle(input.slug)) return { ok: false, reason: "slugTaken" };
  const article = newDraftArticle(input);
  if (article.sections.length === 0) return { ok: false, reason: "bodyHasNoSentences" };
  const inserted = await insertEditorArticle(db, userId, { article });
  return inserted.ok ? { ok: true, slug: input.slug } : inserted;
}
