import { QUESTION_TYPES, responseSchema, SLUG_PATTERN } from "@jiji/content";
import { z } from "zod";
import { QUIZ_MODES } from "./answer-types";

export const QUESTION_COUNTS = [5, 10, 20] as const;

/** The "start a quiz" form. Types arrive as repeated form fields; at least one is needed. */
export const startQuizSchema = z.object({
  articleSlug: z.string().max(100, "unknownArticle").regex(SLUG_PATTERN, "unknownArticle"),
  // The bounds are the offered counts' smallest and largest, so the message can name them ({min}–{max}).
  count: z.coerce
    .number("countInvalid")
    .int("countInvalid")
    .min(Math.min(...QUESTION_COUNTS), { error: "countInvalid", abort: true })
    .max(Math.max(...QUESTION_COUNTS), { error: "countInvalid", abort: true })
    .refine((value) => (QUESTION_COUNTS as readonly number[]).includes(value), "countInvalid"),
  types: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(QUESTION_TYPES, "typesRequired")).min(1, "typesRequired"),
  ),
  mode: z.enum(QUIZ_MODES, "modeInvalid"),
});
export type StartQuizInput = z.infer<typeof startQuizSchema>;

/** Body of POST /api/attempts/:attemptId/responses */
export const submitAnswerBodySchema = z.strictObject({
  questionId: z.string().max(64).regex(SLUG_PATTERN),
  response: responseSchema,
  // Clamped rather than trusted: a tab left open for a day is not a day of study.
  timeTakenMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .transform((ms) => Math.min(ms, 30 * 60 * 1000)),
});

export const attemptIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/);
