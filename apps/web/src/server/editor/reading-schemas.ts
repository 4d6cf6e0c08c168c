import { readingOverrideSchema, TERM_TYPES } from "@jiji/content";
import { z } from "zod";
import { articleTargetSchema } from "./editor-schemas";

// Message keys, not texts: the editor forms render them under `editor.errors`.

const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb]+$/;

/**
 * A reading correction: the word and its reading, checked by the content's own `readingOverrideSchema` (kana only)
 * so the editor stores nothing `content:check` would refuse. An empty reading goes back to the proposed one.
 */
export const readingFormSchema = articleTargetSchema
  .extend({
    text: z.string().trim().min(1, "readingTextRequired").max(40, "tooLong"),
    reading: z.string().trim().max(80, "tooLong"),
  })
  .superRefine((input, context) => {
    if (input.reading === "") return;
    if (!readingOverrideSchema.shape.reading.safeParse(input.reading).success)
      context.addIssue({ code: "custom", message: "readingKana", path: ["reading"] });
  });

/** Accepting a proposed glossary term: its reading (kana), a definition in Japanese and optionally in English. */
export const acceptTermFormSchema = articleTargetSchema.extend({
  term: z.string().trim().min(1, "termNotProposed").max(40, "tooLong"),
  reading: z.string().trim().min(1, "readingRequired").max(80, "tooLong").regex(KANA_ONLY, "readingKana"),
  definitionJa: z.string().trim().min(1, "definitionRequired").max(300, "tooLong"),
  definitionEn: z
    .string()
    .trim()
    .max(300, "tooLong")
    .transform((value) => value || undefined),
  termType: z.enum(TERM_TYPES, "termTypeInvalid"),
});
