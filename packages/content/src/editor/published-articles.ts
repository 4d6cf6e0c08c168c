import type { FuriganaFile } from "../reading/furigana-data";
import type { Article } from "../schemas/article-schema";
import type { Question } from "../schemas/question-types";
import type { EditorReview } from "./editor-review";

/**
 * An article published from the editor, as the bank serves it. `listed` is false once unpublished: it then serves
 * no new quiz, but its questions (and retired ones) stay findable so every history stays readable.
 */
export type PublishedEditorArticle = {
  article: Article;
  review: EditorReview;
  retired: Question[];
  listed: boolean;
  /** Readings computed on the server when it was published (or its readings corrected); served by getFurigana. */
  furigana?: FuriganaFile;
};

let current: { stamp: string; entries: ReadonlyMap<string, PublishedEditorArticle> } = {
  stamp: "",
  entries: new Map(),
};
const listeners: (() => void)[] = [];

/** The stamp of the editor articles the bank holds now ("" before any were loaded). */
export function publishedEditorStamp(): string {
  return current.stamp;
}

/**
 * Replaces the editor articles the bank serves beside the shipped ones. The caller passes a cheap change stamp
 * (row count and last change): the bank's caches are dropped only when it differs.
 */
export function setPublishedEditorArticles(stamp: string, entries: readonly PublishedEditorArticle[]): void {
  if (stamp === current.stamp) return;
  current = { stamp, entries: new Map(entries.map((entry) => [entry.article.slug, entry])) };
  for (const listener of listeners) listener();
}

export function publishedEditorArticles(): ReadonlyMap<string, PublishedEditorArticle> {
  return current.entries;
}

/** Called whenever the set changes (the bank drops its caches). */
export function onPublishedEditorArticlesChange(listener: () => void): void {
  listeners.push(listener);
}
