import { SLUG_PATTERN } from "@jiji/content";
import { z } from "zod";
import { INVISIBLE_FORMAT_CHARS, visibleText } from "../plain-text";

// Message keys, not texts: the editor forms render them under `editor.errors`.

/** A pasted body longer than this is refused (a long feature is ~20,000 characters). */
export const MAX_BODY_LENGTH = 50_000;

/** Markup pasted from a web page instead of its text: tags, or entities such as &nbsp;. */
const HTML_PATTERN = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** Today in Japan as YYYY-MM-DD: a source's date may be today, never later. */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}

export const slugSchema = z.string().trim().max(80, "slugInvalid").regex(SLUG_PATTERN, "slugInvalid");
export const versionSchema = z.coerce.number().int().nonnegative();

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid", abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "dateInvalid")
  .refine((value) => value <= todayInJapan(), "dateInFuture");

export const sourceInputSchema = z.object({
  publisher: visibleText("publisherRequired", 100, "tooLong"),
  headline: visibleText("headlineRequired", 300, "tooLong"),
  url: z
    .string()
    .trim()
    .min(1, "urlRequired")
    .max(2000, "tooLong")
    .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" })),
  publishedDate: isoDate,
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const bodySchema = z
  .string()
  .transform((value) => value.replace(INVISIBLE_FORMAT_CHARS, "").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "bodyRequired", abort: true })
      .max(MAX_BODY_LENGTH, { error: "bodyTooLong", abort: true })
      .refine((value) => !HTML_PATTERN.test(value), "bodyHasHtml")
      .refine((value) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(value), "bodyNotJapanese"),
  );

/** How many source rows the new-article form offers; the first is required, a wholly empty other row is ignored. */
export const FORM_SOURCE_ROWS = 3;
const SOURCE_FIELDS = ["Publisher", "Headline", "Url", "Date"] as const;
const sourceRowFields = Object.fromEntries(
  Array.from({ length: FORM_SOURCE_ROWS }, (_, row) =>
    SOURCE_FIELDS.map((field) => [`source${field}${row}`, z.string().max(3000, "tooLong").default("")]),
  ).flat(),
) as Record<`source${(typeof SOURCE_FIELDS)[number]}${number}`, z.ZodDefault<z.ZodString>>;

/**
 * The new-article form: title, slug, one or more sources (publisher, headline, URL, date) and the body. A line
 * "## 見出し" starts a new section; otherwise the whole body is one section.
 */
export const createArticleFormSchema = z
  .object({
    title: visibleText("titleRequired", 200, "tooLong"),
    slug: slugSchema,
    body: bodySchema,
    ...sourceRowFields,
  })
  .transform((form, context) => {
    const field = (name: string) => (form as Record<string, string>)[name] ?? "";
    const sources: SourceInput[] = [];
    for (let row = 0; row < FORM_SOURCE_ROWS; row++) {
      const values = {
        publisher: field(`sourcePublisher${row}`),
        headline: field(`sourceHeadline${row}`),
        url: field(`sourceUrl${row}`),
        publishedDate: field(`sourceDate${row}`),
      };
      if (row > 0 && Object.values(values).every((value) => value.trim() === "")) continue;
      const parsed = sourceInputSchema.safeParse(values);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const name = { publisher: "Publisher", headline: "Headline", url: "Url", publishedDate: "Date" }[
            String(issue.path[0]) as keyof typeof values
          ];
          context.addIssue({ code: "custom", message: issue.message, path: [`source${name}${row}`] });
        }
        continue;
      }
      sources.push(parsed.data);
    }
    return { title: form.title, slug: form.slug, body: form.body, sources };
  });
export type CreateArticleInput = z.output<typeof createArticleFormSchema>;

const target = { slug: slugSchema, version: versionSchema };
export const articleTargetSchema = z.object(target);
export const proposalTargetSchema = z.object({ ...target, proposalId: z.string().min(1).max(100) });

/** One value posted by the fact form (an input, or one row of a list): the fact form's inputs show its bound. */
export const postedValueSchema = z.string().max(5000, "tooLong");

/**
 * A fact written or edited in the fact form: its kind, the fact it replaces or the proposal it edits, and every
 * other posted field as a list of values (parsed into a fact against the article by parseFactForm).
 */
export const factFormSchema = z
  .object({
    ...target,
    kind: z.string().max(40).optional(),
    replaces: z.string().min(1).max(100).optional(),
    proposalId: z.string().min(1).max(100).optional(),
  })
  .catchall(z.union([postedValueSchema, z.array(postedValueSchema).max(50, "tooMany")]))
  .transform(({ slug, version, kind, replaces, proposalId, ...rest }) => ({
    slug,
    version,
    kind,
    replaces,
    proposalId,
    values: Object.fromEntries(
      Object.entries(rest).map(([name, value]) => [name, Array.isArray(value) ? value : [value as string]]),
    ) as Record<string, string[]>,
  }));
export const factTargetSchema = z.object({ ...target, factId: z.string().min(1).max(100) });

export const entityFormSchema = z.object({
  ...target,
  entityId: z.string().min(1).max(100),
  name: visibleText("nameRequired", 100, "tooLong"),
  reading: z
    .string()
    .trim()
    .max(100, "tooLong")
    .regex(/^[ァ-ヶー・\s]*$/, "readingKatakana"),
  titles: z.string().trim().max(300, "tooLong"),
});

export const REVIEW_VERDICTS = ["approve", "reject"] as const;
export const reviewFormSchema = z.object({
  ...target,
  questionId: z.string().regex(/^q-[0-9a-f]{10}$/, "questionNotFound"),
  verdict: z.enum(REVIEW_VERDICTS),
  reason: z.string().optional(),
  stem: z.string().trim().max(500, "tooLong").optional(),
  explanation: z.string().trim().max(1000, "tooLong").optional(),
});

export const importFormSchema = z.object({
  json: z.string().trim().min(2, "importRequired").max(500_000, "importTooLong"),
});
