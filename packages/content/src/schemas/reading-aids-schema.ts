import { z } from "zod";

/** An editor's correction of a reading: wins over the analyser and over the entity registry for this text. */
export const readingOverrideSchema = z.object({
  text: z.string().trim().min(1).max(40),
  /** Kana only: ruby over the text (a person's name may stay in katakana, キム・ジョンウン). */
  reading: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb]+$/, "a reading is written in hiragana or katakana"),
});
export type ReadingOverride = z.infer<typeof readingOverrideSchema>;

/** Fields an article carries for its reading page (spread into the article schema). */
export const readingAidsShape = {
  readingOverrides: z.array(readingOverrideSchema).default([]),
};
