import { QUESTION_TYPES } from "@jiji/content";
import { z } from "zod";

/** Empty strings (the "all" option of a select) mean no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** The mistakes filter, from the page's query string or the retry form's hidden fields. */
export const mistakeFilterSchema = z.object({
  article: optional(
    z
      .string()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9-]+$/),
  ),
  type: optional(z.enum(QUESTION_TYPES)),
});
export type MistakeFilterInput = z.infer<typeof mistakeFilterSchema>;

export const startReviewSchema = z.object({});
