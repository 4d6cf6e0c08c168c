import { z } from "zod";
import { shortHash } from "../lib/hash";
import type { Article } from "../schemas/article-schema";

/** Bump when the way readings are computed changes: every furigana.json then reads as stale. */
export const FURIGANA_VERSION = 1;

/** A reading over text[start, end) of one paragraph. */
export type Ruby = [start: number, end: number, reading: string];

/** articles/<slug>/furigana.json: readings precomputed offline so the page never loads the dictionary. */
export const furiganaFileSchema = z.object({
  slug: z.string(),
  /** Hash of everything the readings depend on; content:check compares it with the article's. */
  sourceHash: z.string(),
  /** Keyed by paragraphKey(section id, paragraph index). */
  paragraphs: z.record(z.string(), z.array(z.tuple([z.number().int(), z.number().int(), z.string()]))),
});
export type FuriganaFile = z.infer<typeof furiganaFileSchema>;

export function paragraphKey(sectionId: string, index: number): string {
  return `${sectionId}/${index}`;
}

/** What the readings depend on: the body text, the entity readings and the editors' overrides. */
export function furiganaSourceHash(article: Article): string {
  return shortHash(
    JSON.stringify({
      version: FURIGANA_VERSION,
      body: article.sections.map((section) => [section.id, section.body.map((paragraph) => paragraph.text)]),
      entities: article.entities.map((entity) => [
        entity.name,
        entity.aliases,
        entity.titles,
        entity.reading,
      ]),
      overrides: article.readingOverrides,
    }),
  );
}

/** A problem with an article's furigana.json, or null when it is present and up to date. */
export function furiganaProblem(article: Article, file: unknown): string | null {
  if (file === undefined) return "furigana.json is missing (run pnpm content:furigana)";
  const parsed = furiganaFileSchema.safeParse(file);
  if (!parsed.success) return `furigana.json is invalid: ${parsed.error.issues[0]?.message}`;
  if (parsed.data.sourceHash !== furiganaSourceHash(article))
    return "furigana.json is stale: the text, an entity reading or an override changed (run pnpm content:furigana)";
  return null;
}
