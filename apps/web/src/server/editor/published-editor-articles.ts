import "server-only";
import {
  findQuestion,
  loadArticle,
  type PublishedEditorArticle,
  publishedEditorStamp,
  type Question,
  setPublishedEditorArticles,
} from "@jiji/content/server";
import { type Database, getDatabase } from "@jiji/db";
import { cache } from "react";
import { publishedSnapshotSchema } from "./editor-draft";

/**
 * The one loader's database half: articles published from the editor join the shipped files in the bank. A cheap
 * stamp (how many were ever published, and the last change) is read per call; the rows are read and the bank's
 * caches dropped only when it changed. Unpublished articles stay loaded, unlisted, so histories stay readable.
 */
export async function syncPublishedEditorArticles(db?: Database): Promise<void> {
  const database = db ?? (await getDatabase());
  const where = { published: { not: null } };
  const stamp = await database.editorArticle.aggregate({
    where,
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  const key = `${stamp._count._all}|${stamp._max.updatedAt?.toISOString() ?? ""}`;
  if (key === publishedEditorStamp()) return;
  const rows = await database.editorArticle.findMany({
    where,
    select: { slug: true, status: true, published: true, retired: true },
  });
  const entries: PublishedEditorArticle[] = rows.map((row) => {
    const snapshot = publishedSnapshotSchema.parse(JSON.parse(row.published!));
    return {
      article: loadArticle({ slug: row.slug, data: snapshot.article }),
      review: snapshot.review,
      retired: JSON.parse(row.retired) as Question[],
      listed: row.status === "published",
      furigana: snapshot.furigana,
    };
  });
  setPublishedEditorArticles(key, entries);
}

/**
 * syncPublishedEditorArticles once per request (React `cache`): the session of a signed-in request, an article page
 * and its metadata each need the bank up to date, and one stamp read serves them all. An action that has just
 * changed an editor article calls syncPublishedEditorArticles itself, which always reads.
 */
export const syncPublishedEditorArticlesForRequest = cache(
  async (): Promise<void> => syncPublishedEditorArticles(),
);

/**
 * findQuestion for paths that skip the page session (the answer API): a question not in this bundle's bank may be
 * from an editor article published since it was loaded, so the bank is brought up to date once before giving up.
 */
export async function findQuestionLoadingEditorArticles(db: Database, questionId: string) {
  const known = findQuestion(questionId);
  if (known) return known;
  await syncPublishedEditorArticles(db);
  return findQuestion(questionId);
}
