import { z } from "zod";
import { type FactKind, factSchema, factSchemasByKind } from "./article-schema";

// The editor's fact form is drawn from this file: one entry per fact kind naming how each of the kind's own fields
// is asked. Adding a kind to `factSchema` without an entry here fails the typecheck and fact-fields.test.ts.

/** How the editor's form asks for one value. */
export type FactFieldInput =
  /** One line of text. */
  | "text"
  /** One line naming a person, country or organisation: the article's entity names are suggested. */
  | "name"
  /** A sentence or more. */
  | "long-text"
  /** A phrase or more in Japanese with an optional English version: two inputs, `<name>.ja` and `<name>.en`. */
  | "localized-text"
  /** One value or several that are all true at once: a list of rows the editor adds and removes. */
  | "text-list"
  | "number"
  | "checkbox"
  /** One of the schema's enum values. */
  | "choice"
  /** A fact date: YYYY, YYYY-MM or YYYY-MM-DD, its wording in the article, and whether it was inferred. */
  | "date";

/** The fields every fact shares that the form asks for (kind is chosen separately; section follows the sentence). */
export const SHARED_FACT_FORM_FIELDS = [
  "id",
  "label",
  "statement",
  "sentence",
  "about",
  "sourceIds",
  "stance",
  "tags",
  "editorNotes",
] as const;

/** Shared fields the form asks for beside a kind's askable fields: how questions ask them (ASKED_FACT_FIELDS). */
export const QUESTION_FACT_FORM_FIELDS = [
  "distractors",
  "acceptedVariants",
  "notAsked",
  "notAskedAs",
] as const;

/** Shared fields the form does not show: an edited fact keeps them as they were, a new one gets their defaults. */
export const KEPT_FACT_FIELDS = ["section", "revision", "conflicts"] as const;

type SharedField =
  | (typeof SHARED_FACT_FORM_FIELDS)[number]
  | (typeof QUESTION_FACT_FORM_FIELDS)[number]
  | (typeof KEPT_FACT_FIELDS)[number]
  | "kind";
type KindFields<K extends FactKind> = Exclude<keyof z.input<(typeof factSchemasByKind)[K]>, SharedField>;

/**
 * Each kind's own fields in the order the form shows them. To add a kind: add its schema to
 * `factSchema` and `factSchemasByKind`, list its fields here, and give each new field name a label in the editor's
 * message files (`editor.factForm.fields.<name>`); the tests name whatever is missing.
 */
export const FACT_KIND_FIELDS = {
  event: {
    subject: "name",
    action: "text",
    object: "text-list",
    objectType: "choice",
    date: "date",
    place: "text",
  },
  date: { subject: "name", attribute: "text", date: "date" },
  place: { subject: "name", place: "text" },
  "person-role": { person: "name", role: "text-list", organization: "name" },
  quantity: {
    subject: "name",
    value: "number",
    unit: "text",
    asWritten: "text",
    isApproximate: "checkbox",
    tolerance: "number",
  },
  duration: {
    subject: "name",
    value: "number",
    unit: "text",
    asWritten: "text",
    isApproximate: "checkbox",
    tolerance: "number",
  },
  "treaty-clause": { treaty: "name", topic: "text", provision: "text-list" },
  statement: {
    speaker: "name",
    topic: "text",
    content: "text-list",
    isDirectQuote: "checkbox",
    date: "date",
  },
  reaction: { actor: "name", target: "name", response: "text-list" },
  motive: { actor: "name", action: "text", motive: "text-list", motiveKind: "choice" },
  term: { term: "text", reading: "text", definition: "localized-text", termType: "choice" },
} as const satisfies { [K in FactKind]: Record<KindFields<K>, FactFieldInput> };

/**
 * Where a question's wrong values for a field come from: the editor's and other facts' values, so an editor may write
 * them and the other wordings a fill-in accepts ("worded"); a changed date or number ("shifted"); or the article's
 * other terms ("terms").
 */
type WrongValues = "worded" | "shifted" | "terms";

/**
 * The fields a question may ask of each kind, as generator/fact-slots.ts and term-questions.ts ask them
 * (fact-fields.test.ts holds them together). An editor may mark any of them not asked.
 */
export const ASKED_FACT_FIELDS = {
  event: { object: "worded", place: "worded", date: "shifted" },
  date: { date: "shifted" },
  place: { place: "worded" },
  "person-role": { role: "worded" },
  quantity: { value: "shifted" },
  duration: { value: "shifted" },
  "treaty-clause": { provision: "worded" },
  statement: { content: "worded" },
  reaction: { response: "worded" },
  motive: { motive: "worded" },
  term: { term: "terms", definition: "terms" },
} as const satisfies { [K in FactKind]: Partial<Record<KindFields<K>, WrongValues>> };

/** One askable field of a kind, and whether the editor writes its wrong options and other wordings. */
export type AskedFactField = { name: string; takesWording: boolean };

export function describeAskedFields(kind: FactKind): AskedFactField[] {
  return Object.entries(ASKED_FACT_FIELDS[kind] as Record<string, WrongValues>).map(([name, source]) => ({
    name,
    takesWording: source === "worded",
  }));
}

export type FactFieldDescription = {
  name: string;
  input: FactFieldInput;
  isRequired: boolean;
  /** The values a "choice" offers, from the schema's enum. */
  options?: readonly string[];
};

/** The schema a field's value is checked by, without optional/default wrappers. */
function innerSchema(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** A kind's fields as the form draws them: the input from FACT_KIND_FIELDS, requiredness and options from zod. */
export function describeFactFields(kind: FactKind): FactFieldDescription[] {
  const shape = factSchemasByKind[kind].shape as Record<string, z.ZodType>;
  return Object.entries(FACT_KIND_FIELDS[kind] as Record<string, FactFieldInput>).map(([name, input]) => {
    const schema = shape[name];
    if (!schema) throw new Error(`fact kind ${kind} has no field ${name}`);
    const inner = innerSchema(schema);
    return {
      name,
      input,
      isRequired: !schema.safeParse(undefined).success,
      ...(inner instanceof z.ZodEnum ? { options: inner.options as string[] } : {}),
    };
  });
}

/** The kinds the union accepts, read from factSchema itself (so a kind missing from FACT_KINDS shows up too). */
export function factSchemaKinds(): string[] {
  return factSchema.options.map((option) => String(option.shape.kind.value));
}
