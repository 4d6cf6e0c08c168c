import { z } from "zod";
import { factDateSchema, partialDateSchema } from "./fact-date";

/** Every id in the content (article slugs, section, fact and question ids, tags): lower-case kebab-case. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const localizedTextSchema = z.object({
  ja: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A value the article states in two incompatible ways; both are kept, neither is silently picked. */
export const conflictSchema = z.object({
  field: z.string().min(1),
  values: z.array(z.string().min(1)).min(2),
  note: z.string().min(1),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const sourceSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, "source id must be kebab-case"),
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** False when the page does not print the source's headline and the title is our description. */
  isTitleAsPublished: z.boolean().default(true),
  /** Null only when the text gives no address (e.g. the page the seed text was taken from). */
  url: z.url().nullable(),
  /** Exactly as printed, e.g. "2023/10/13"; null when the text prints no date for this source. */
  publishedDateAsWritten: z.string().min(1).nullable(),
  publishedDate: partialDateSchema.nullable(),
  conflicts: z.array(conflictSchema).default([]),
});
export type Source = z.infer<typeof sourceSchema>;

export const sectionSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, "section id must be kebab-case"),
  heading: localizedTextSchema,
  /** The date the page prints above this section, exactly as written. */
  printedDate: z.string().optional(),
  sourceIds: z.array(z.string()).default([]),
  conflicts: z.array(conflictSchema).default([]),
});
export type Section = z.infer<typeof sectionSchema>;

export const articleMetaSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN, "slug must be kebab-case"),
  title: localizedTextSchema,
  language: z.enum(["ja", "en"]),
  summary: localizedTextSchema,
  sections: z.array(sectionSchema).min(1),
  sources: z.array(sourceSchema).min(1, "an article needs at least one source"),
  /** Lines of the original text deliberately not captured as facts, with the reason. */
  excludedLines: z.array(z.object({ text: z.string(), reason: z.string() })).default([]),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type ArticleMetaInput = z.input<typeof articleMetaSchema>;

export const FACT_KINDS = [
  "event",
  "date",
  "place",
  "person-role",
  "quantity",
  "duration",
  "treaty-clause",
  "statement",
  "reaction",
  "motive",
] as const;
export const factKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof factKindSchema>;

/** Reported facts are claims of the world; assessments are someone's reading of it and name who holds them. */
export const stanceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reported") }),
  z.object({ type: z.literal("assessment"), heldBy: z.string().min(1) }),
]);
export type Stance = z.infer<typeof stanceSchema>;

const factBase = {
  id: z.string().regex(SLUG_PATTERN, "fact id must be kebab-case"),
  /** A short noun phrase naming what the fact is about; used in matching and ordering items. */
  label: localizedTextSchema,
  /** The Japanese statement; `en` is the optional English gloss. */
  statement: localizedTextSchema,
  sourceIds: z.array(z.string().min(1)).min(1, "every fact needs at least one source id"),
  section: z.string().min(1),
  tags: z.array(z.string().regex(SLUG_PATTERN, "tag must be kebab-case")).default([]),
  stance: stanceSchema.default({ type: "reported" }),
  conflicts: z.array(conflictSchema).default([]),
};

const quantityValue = {
  value: z.number().finite(),
  unit: z.string().min(1),
  isApproximate: z.boolean().default(false),
  asWritten: z.string().min(1),
  /** Accepted distance from the value in numeric questions. */
  tolerance: z.number().nonnegative().default(0),
};

/**
 * What an event's object is. A wrong option for the object comes only from objects of the same type (and
 * particle): 「高級車を贈呈した」 gets other goods, never 「西側諸国を贈呈した」.
 */
export const EVENT_OBJECT_TYPES = [
  "person", // ショイグ書記, 訪朝したプーチン大統領
  "group", // a country, an alliance, a bloc: 米欧, 西側諸国
  "document", // a letter, a message: 祝賀書簡, 重要親書
  "goods", // a physical thing: ロシアの高級車
  "undertaking", // a policy, an activity, a relationship: 軍事支援, 追加派兵, 観光産業活性化
  "recognition", // an award or record: ギネス世界記録
] as const;

export const eventFactSchema = z
  .object({
    ...factBase,
    kind: z.literal("event"),
    subject: z.string().min(1),
    /** Predicate without date or place, e.g. "首脳会談を行った". */
    action: z.string().min(1),
    object: z.string().optional(),
    /** The particle that joins object and action: "を" (default) or e.g. "に". */
    objectParticle: z.string().min(1).default("を"),
    objectType: z.enum(EVENT_OBJECT_TYPES).optional(),
    date: factDateSchema.optional(),
    place: z.string().optional(),
  })
  .refine((fact) => fact.object === undefined || fact.objectType !== undefined, {
    message: `an event with an object needs objectType (${EVENT_OBJECT_TYPES.join(", ")})`,
    path: ["objectType"],
  });

export const dateFactSchema = z.object({
  ...factBase,
  kind: z.literal("date"),
  subject: z.string().min(1),
  /** What the date is of, e.g. "公開日". */
  attribute: z.string().min(1),
  date: factDateSchema,
});

export const placeFactSchema = z.object({
  ...factBase,
  kind: z.literal("place"),
  subject: z.string().min(1),
  place: z.string().min(1),
});

export const personRoleFactSchema = z.object({
  ...factBase,
  kind: z.literal("person-role"),
  person: z.string().min(1),
  role: z.string().min(1),
  organization: z.string().optional(),
});

export const quantityFactSchema = z.object({
  ...factBase,
  kind: z.literal("quantity"),
  subject: z.string().min(1),
  ...quantityValue,
});

export const durationFactSchema = z.object({
  ...factBase,
  kind: z.literal("duration"),
  subject: z.string().min(1),
  ...quantityValue,
});

export const treatyClauseFactSchema = z.object({
  ...factBase,
  kind: z.literal("treaty-clause"),
  treaty: z.string().min(1),
  topic: z.string().min(1),
  provision: z.string().min(1),
});

export const statementFactSchema = z.object({
  ...factBase,
  kind: z.literal("statement"),
  speaker: z.string().min(1),
  topic: z.string().min(1),
  /** The words, quoted where the article quotes them. */
  content: z.string().min(1),
  isDirectQuote: z.boolean().default(false),
  date: factDateSchema.optional(),
});

export const reactionFactSchema = z.object({
  ...factBase,
  kind: z.literal("reaction"),
  actor: z.string().min(1),
  target: z.string().min(1),
  response: z.string().min(1),
});

export const motiveFactSchema = z.object({
  ...factBase,
  kind: z.literal("motive"),
  actor: z.string().min(1),
  action: z.string().min(1),
  motive: z.string().min(1),
});

export const factSchemasByKind = {
  event: eventFactSchema,
  date: dateFactSchema,
  place: placeFactSchema,
  "person-role": personRoleFactSchema,
  quantity: quantityFactSchema,
  duration: durationFactSchema,
  "treaty-clause": treatyClauseFactSchema,
  statement: statementFactSchema,
  reaction: reactionFactSchema,
  motive: motiveFactSchema,
} as const satisfies Record<FactKind, z.ZodType>;

export const factSchema = z.discriminatedUnion("kind", [
  eventFactSchema,
  dateFactSchema,
  placeFactSchema,
  personRoleFactSchema,
  quantityFactSchema,
  durationFactSchema,
  treatyClauseFactSchema,
  statementFactSchema,
  reactionFactSchema,
  motiveFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;
export type FactOfKind<K extends FactKind> = Extract<Fact, { kind: K }>;

export const articleSchema = articleMetaSchema.extend({
  facts: z.array(factSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;
