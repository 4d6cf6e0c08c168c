import { z } from "zod";

/** An editor's correction of a reading: wins over the analyser and over the entity registry for this text. */
export const readingOverrideSchema = z.object({
  text: z.string().min(1),
  reading: z.string().min(1),
});
export type ReadingOverride = z.infer<typeof readingOverrideSchema>;

/** Fields an article carries for its reading page (spread into the article schema). */
export const readingAidsShape = {
  readingOverrides: z.array(readingOverrideSchema).default([]),
};
