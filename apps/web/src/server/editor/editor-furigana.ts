import "server-only";
import type { Article } from "@jiji/content";
import {
  analyse,
  articleReadingWords,
  computeFurigana,
  type FuriganaFile,
  type ReadingWord,
} from "@jiji/content/server";
import type { DraftArticle } from "./editor-draft";

// The analyser (kuromoji, loaded once per server by the fact proposer too) runs here, for editors only: the
// reading page reads the readings stored with the published copy and never loads the dictionary.

/** Readings for the reading page, stored with the published copy (same code and staleness hash as furigana.json). */
export function furiganaFor(article: Article): Promise<FuriganaFile> {
  return computeFurigana(article, analyse);
}

/** The draft's words that get readings, each with the reading students will see and where it comes from. */
export function draftReadingWords(article: DraftArticle): Promise<Omit<ReadingWord, "start">[]> {
  return articleReadingWords(article, analyse);
}

/** The draft's paragraphs with their readings, for the preview (keyed as on the reading page). */
export async function draftFurigana(article: DraftArticle): Promise<FuriganaFile> {
  return computeFurigana(article as Article, analyse);
}
