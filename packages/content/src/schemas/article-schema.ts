import { z } from "zod";
import { factDateSchema, partialDateSchema } from "./fact-date";
import { readingAidsShape } from "./reading-aids-schema";

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

/** Remarks for editors (provenance, transcription doubts): kept with the data, never rendered to students. */
const editorNotesSchema = z.array(z.string().min(1)).default([]);

export const sourceSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, "source id must be kebab-case"),
  publisher: z.string().min(1),
  /** The headline exactly as published; null when it is unknown (citations then show publisher and date only). */
  title: z.string().min(1).nullable(),
  /** Null only when the text gives no address (e.g. the page the seed text was taken from). */
  url: z.url().nullable(),
  /** Exactly as printed, e.g. "2023/10/13"; null when the text prints no date for this source. */
  publishedDateAsWritten: z.string().min(1).nullable(),
  publishedDate: partialDateSchema.nullable(),
  conflicts: z.array(conflictSchema).default([]),
  editorNotes: editorNotesSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** One paragraph of the article as published; `sourceId` when it summarises one source. */
export const paragraphSchema = z.object({
  text: z.string().min(1),
  sourceId: z.string().optional(),
  /** The writer's aside (感想) rather than reporting: shown set apart, never the source of a fact. */
  isComment: z.boolean().default(false),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const sectionSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, "section id must be kebab-case"),
  heading: localizedTextSchema,
  /** The date the page prints above this section, exactly as written. */
  printedDate: z.string().optional(),
  sourceIds: z.array(z.string()).default([]),
  /** The article's text in this section, paragraph by paragraph: the sentences facts point to. */
  body: z.array(paragraphSchema).min(1, "a section needs its text (body)"),
  conflicts: z.array(conflictSchema).default([]),
  editorNotes: editorNotesSchema,
});

export const ENTITY_TYPES = [
  "person",
  "country",
  "organization",
  "group",
  "place",
  "document",
  "thing",
] as const;

/**
 * A person, country, organisation, place or document named in the article, registered once: `name` is the form
 * questions use, `aliases` every other form a student may write (all accepted in fill-ins), `reading` in katakana.
 */
export const entitySchema = z.object({
  id: z.string().regex(SLUG_PATTERN, "entity id must be kebab-case"),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  reading: z.string().min(1).optional(),
  /** Titles the article gives a person, all of them true at once (総書記 and 委員長). */
  titles: z.array(z.string().min(1)).default([]),
  /** Entities this one speaks for (a leader for a country): facts about either never swap values. */
  partOf: z.array(z.string().regex(SLUG_PATTERN)).default([]),
  editorNotes: editorNotesSchema,
});
export type Entity = z.infer<typeof entitySchema>;
export type Section = z.infer<typeof sectionSchema>;

export const articleMetaSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN, "slug must be kebab-case"),
  title: localizedTextSchema,
  language: z.enum(["ja", "en"]),
  summary: localizedTextSchema,
  sections: z.array(sectionSchema).min(1),
  sources: z.array(sourceSchema).min(1, "an article needs at least one source"),
  entities: z.array(entitySchema).default([]),
  /** Lines of the original text deliberately not captured as facts, with the reason. */
  excludedLines: z.array(z.object({ text: z.string(), reason: z.string() })).default([]),
  ...readingAidsShape,
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
  "term",
] as const;
export const factKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof factKindSchema>;

/** Reported facts are claims of the world; assessments are someone's reading of it and name who holds them. */
export const stanceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reported") }),
  z.object({ type: z.literal("assessment"), heldBy: z.string().min(1) }),
]);
export type Stance = z.infer<typeof stanceSchema>;

/** One value, or several that are all true at once (a treaty's pillars, what two leaders discussed). */
const valuesSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** The question types an editor may turn off for one fact (its true statement is always made). */
export const NOT_ASKED_AS_TYPES = ["single-choice", "true-false", "cloze", "numeric"] as const;

const factBase = {
  id: z.string().regex(SLUG_PATTERN, "fact id must be kebab-case"),
  /** A short noun phrase naming what the fact is about; used in matching and ordering items. */
  label: localizedTextSchema,
  /**
   * One self-contained sentence in workbook Japanese that states the fact, every askable value written in it
   * verbatim (questions blank or swap them); `en` is the optional English gloss.
   */
  statement: localizedTextSchema,
  /** The sentence of the article (a section's body) this fact comes from, verbatim. */
  sentence: z.string().min(1),
  /** Entity ids the fact is about: no fact about one of them supplies a wrong option for this one. */
  about: z.array(z.string().regex(SLUG_PATTERN)).min(1, "name the entities the fact is about"),
  /** Other wordings a fill-in accepts for this fact's values (entity aliases are accepted anyway). */
  acceptedVariants: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /**
   * Wrong values an editor wrote for a field ("object", "place", "role", …): false by the article, preferred over
   * values borrowed from other facts. The generator still checks each against every fact.
   */
  distractors: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Fields no question may ask about: where no question reads well, none is made. */
  notAsked: z.array(z.string().min(1)).default([]),
  /**
   * Question types not made from this fact's values (the true statement is always made): e.g. a fill-in reads
   * well but no wrong option fits the sentence without being absurd or a near-synonym.
   */
  notAskedAs: z.array(z.enum(NOT_ASKED_AS_TYPES)).default([]),
  /** Bumped when a published fact is corrected: its questions get new ids, the old ones retire with their history. */
  revision: z.number().int().nonnegative().default(0),
  editorNotes: editorNotesSchema,
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
 * What an event's object is. A wrong option for the object comes only from objects of the same type:
 * 「高級車を贈呈した」 gets other goods, never 「西側諸国を贈呈した」.
 */
export const EVENT_OBJECT_TYPES = [
  "person", // ショイグ書記, 訪朝したプーチン大統領
  "group", // a country, an alliance, a bloc: 米欧, 西側諸国
  "document", // a report or a text that is neither an agreement nor a message
  "goods", // a physical thing: ロシアの高級車
  "undertaking", // a policy, an activity, a relationship: 軍事支援, 追加派兵, 観光産業活性化
  "recognition", // an award or record: ギネス世界記録
  "agreement", // a treaty or accord: 包括的戦略パートナーシップ条約
  "message", // a letter or a message: 祝賀書簡, 重要親書
  "facility", // a building or an office: 海外公館
] as const;

export const eventFactSchema = z
  .object({
    ...factBase,
    kind: z.literal("event"),
    subject: z.string().min(1),
    /** Predicate without date or place, e.g. "首脳会談を行った". */
    action: z.string().min(1),
    object: valuesSchema.optional(),
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
  /** Every title the article gives the person. */
  role: valuesSchema,
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
  provision: valuesSchema,
});

export const statementFactSchema = z.object({
  ...factBase,
  kind: z.literal("statement"),
  speaker: z.string().min(1),
  topic: z.string().min(1),
  /** The words, quoted where the article quotes them. */
  content: valuesSchema,
  isDirectQuote: z.boolean().default(false),
  date: factDateSchema.optional(),
});

export const reactionFactSchema = z.object({
  ...factBase,
  kind: z.literal("reaction"),
  actor: z.string().min(1),
  target: z.string().min(1),
  response: valuesSchema,
});

export const motiveFactSchema = z.object({
  ...factBase,
  kind: z.literal("motive"),
  actor: z.string().min(1),
  action: z.string().min(1),
  motive: valuesSchema,
  /** A cause (背景: what led to the action) and an aim (ねらい: what it is for) are never options for each other. */
  motiveKind: z.enum(["cause", "aim"]),
});

/**
 * What sort of word a term is. A definition question's wrong options are only terms of the same sort, so one
 * option alone fits: 「軍隊を外国などへ送ること」 is asked among other acts (制裁, 休戦), never among things (外貨).
 */
export const TERM_TYPES = [
  "act", // an act or a measure (…すること): 制裁, 派兵, 休戦, 示唆
  "thing", // a thing, a document or a place (…もの、…のこと): 親書, 外貨, 海外公館
  "state", // a state or a relation (…な間柄、…な状態): 蜜月
] as const;

/**
 * A hard word of the article, confirmed and defined by an editor (pnpm content:glossary proposes candidates): the
 * reading page links it wherever `term` stands and shows `definition` on tap or focus; questions ask which term a
 * definition describes and what a term means. `sentence` is where the article uses it; `statement.ja` says what it
 * means in a workbook sentence (「制裁」とは、…こと。) and `label.ja` is the term.
 */
export const termFactSchema = z.object({
  ...factBase,
  kind: z.literal("term"),
  /** A word is rarely about one entity: none is needed. */
  about: z.array(z.string().regex(SLUG_PATTERN)).default([]),
  term: z.string().min(1).describe("The word as the article writes it (it must stand in `sentence`)."),
  reading: z.string().min(1).optional().describe("In hiragana; shown with the definition."),
  definition: localizedTextSchema.describe(
    "What the word means, for a student: a phrase ending in こと/もの that does not use the word itself.",
  ),
  termType: z
    .enum(TERM_TYPES)
    .describe("act, thing or state: wrong options come only from terms of the same type."),
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
  term: termFactSchema,
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
  termFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;
export type FactOfKind<K extends FactKind> = Extract<Fact, { kind: K }>;
export type TermFact = FactOfKind<"term">;

/** The article's glossary: its term facts, in article order (one place for a term, its reading and its meaning). */
export function glossaryOf(article: { facts: readonly Fact[] }): TermFact[] {
  return article.facts.filter((fact): fact is TermFact => fact.kind === "term");
}

export const articleSchema = articleMetaSchema.extend({
  facts: z.array(factSchema).min(1),
});
export type ArticleInput = z.input<typeof articleSchema>;
export type Article = z.infer<typeof articleSchema>;
