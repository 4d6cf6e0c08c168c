import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A hard word of the article, confirmed by an editor (pnpm content:glossary proposes candidates) and defined
 * for a student: linked from the text wherever `term` stands, shown on tap or focus.
 */
export const glossaryTermSchema = z.object({
  id: z.string().regex(SLUG, "glossary id must be kebab-case"),
  term: z.string().min(1),
  /** In hiragana; shown with the definition (and as furigana over the term when furigana is on). */
  reading: z.string().min(1).optional(),
  definition: z.object({ ja: z.string().min(1), en: z.string().min(1).optional() }),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** An editor's correction of a reading: wins over the analyser and over the entity registry for this text. */
export const readingOverrideSchema = z.object({
  text: z.string().min(1),
  reading: z.string().min(1),
});
export type ReadingOverride = z.infer<typeof readingOverrideSchema>;

/** Fields an article carries for its reading page (spread into the article schema). */
export const readingAidsShape = {
  glossary: z.array(glossaryTermSchema).default([]),
  readingOverrides: z.array(readingOverrideSchema).default([]),
};
