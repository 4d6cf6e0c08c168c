import { FACT_KINDS, SLUG_PATTERN } from "@jiji/content";
import { z } from "zod";
import { INVISIBLE_FORMAT_CHARS, visibleText } from "../plain-text";

// Message keys, not texts: the editor forms render them under `editor.errors`.

/** A pasted body longer than this is refused (a long feature is ~20,000 characters). */
export const MAX_BODY_LENGTH = 50_000;
const MAX_SOURCES = 5;

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
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
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

/** Repeated fields arrive as a string or an array; missing ones as undefined. */
const repeated = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string()).max(MAX_SOURCES, "tooManySources"),
);

/**
 * The new-article form: title, slug, one or more sources (publisher, headline, URL, date; a row left wholly empty is
 * ignored) and the body. A line "## 見出し" starts a new section; otherwise the whole body is one section.
 */
export const createArticleFormSchema = z
  .object({
    title: visibleText("titleRequired", 200, "tooLong"),
    slug: slugSchema,
    sourcePublisher: repeated,
    sourceHeadline: repeated,
    sourceUrl: repeated,
    sourceDate: repeated,
    body: bodySchema,
  })
  .transform((form, context) => {
    const sources: SourceInput[] = [];
    for (let i = 0; i < form.sourcePublisher.length || i === 0; i++) {
      const row = {
        publisher: form.sourcePublisher[i] ?? "",
        headline: form.sourceHeadline[i] ?? "",
        url: form.sourceUrl[i] ?? "",
        publishedDate: form.sourceDate[i] ?? "",
      };
      if (i > 0 && Object.values(row).every((value) => value.trim() === "")) continue;
      const parsed = sourceInputSchema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = { publisher: "sourcePublisher", headline: "sourceHeadline", url: "sourceUrl" }[
            String(issue.path[0]) as "publisher" | "headline" | "url"
          ];
          context.addIssue({ code: "custom", message: issue.message, path: [field ?? "sourceDate"] });
        }
        return z.NEVER;
      }
      sources.push(parsed.data);
    }
    return { title: form.title, slug: form.slug, body: form.body, sources };
  });
export type CreateArticleInput = z.output<typeof createArticleFormSchema>;

const target = { slug: slugSchema, version: versionSchema };
export const articleTargetSchema = z.object(target);
export const proposalTargetSchema = z.object({ ...target, proposalId: z.string().min(1).max(100) });

/** A fact written or edited as JSON in the form (checked against the fact schema by the store). */
export const factFormSchema = z.object({
  ...target,
  kind: z.enum(FACT_KINDS, "kindInvalid"),
  fact: z.string().trim().min(2, "factRequired").max(20_000, "tooLong"),
});
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
