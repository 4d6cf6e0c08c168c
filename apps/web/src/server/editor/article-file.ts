import "server-only";
import { editorReviewSchema, formatIssue, getArticle, validateArticleData } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { z } from "zod";
import { draftArticleSchema } from "./editor-draft";
import type { EditorRow } from "./editor-store";
import { insertEditorArticle } from "./editor-store";

export const ARTICLE_FILE_FORMAT = "jiji-article/1";

/** The export: the article in the content package's format (as in articles/<slug>/article.json) and its review. */
export function exportArticleFile(row: EditorRow): string {
  return `${JSON.stringify({ format: ARTICLE_FILE_FORMAT, article: row.article, review: row.review }, null, 2)}\n`;
}

const articleFileSchema = z.object({
  format: z.literal(ARTICLE_FILE_FORMAT),
  article: z.unknown(),
  review: editorReviewSchema.default({ questions: {} }),
});

export type ImportResult =
  | { ok: true; slug: string }
  | { ok: false; reason: "importNotJson" | "importInvalid" | "slugTaken"; detail?: string };

/**
 * Imports an exported file (or a bare article.json) as a new draft. The article is checked by the content
 * schemas (whole-article checks when it has facts); a slug already in use is refused, nothing is overwritten.
 */
export async function importArticleFile(db: Database, userId: string, json: string): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: "importNotJson", detail: (error as Error).message };
  }
  const wrapped =
    raw && typeof raw === "object" && "format" in raw
      ? articleFileSchema.safeParse(raw)
      : articleFileSchema.safeParse({ format: ARTICLE_FILE_FORMAT, article: raw });
  if (!wrapped.success)
    return { ok: false, reason: "importInvalid", detail: wrapped.error.issues[0]?.message };
  const draft = draftArticleSchema.safeParse(wrapped.data.article);
  if (!draft.success) {
    const issue = draft.error.issues[0];
    return { ok: false, reason: "importInvalid", detail: `${issue?.path.join(".")}: ${issue?.message}` };
  }
  if (draft.data.facts.length > 0) {
    const checked = validateArticleData({
      file: "import",
      data: wrapped.data.article,
      expectedSlug: draft.data.slug,
    });
    if (!checked.article)
      return {
        ok: false,
        reason: "importInvalid",
        detail: checked.issues.slice(0, 3).map(formatIssue).join("\n"),
      };
  }
  if (getArticle(draft.data.slug)) return { ok: false, reason: "slugTaken" };
  const inserted = await insertEditorArticle(db, userId, {
    article: draft.data,
    review: wrapped.data.review,
  });
  return inserted.ok ? { ok: true, slug: draft.data.slug } : inserted;
}
