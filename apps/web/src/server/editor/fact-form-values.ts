import {
  describeAskedFields,
  describeFactFields,
  FACT_KINDS,
  type Fact,
  type FactFieldDescription,
  type FactKind,
  factSchema,
  factSchemasByKind,
  KEPT_FACT_FIELDS,
  NOT_ASKED_AS_TYPES,
} from "@jiji/content";
import { z } from "zod";
import { type FormMessage, message } from "@/components/form/form-state";
import { type InputLimits, limitsOf, unwrapped } from "@/components/form/input-limits";
import { postedValueSchema } from "./editor-schemas";

// The fact form posts one entry per input (a list posts one per row): field name → the values typed. These turn a
// fact into what its form shows and what was posted back into a fact, checked by the fact schema. Errors are the
// form kit's message values (keys under `editor.errors`), keyed by the form field they belong to.

/** A fact form's fields as name → every value posted under it (a repeated field posts one per row). */
export type FactFormValues = Record<string, string[]>;
export type FieldErrors = Record<string, FormMessage[]>;

/** What a fact is checked against besides its schema: the article's sentences, entities and sources. */
export type FactFormContext = {
  sections: { id: string; body: { text: string }[] }[];
  entityIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** The fact being edited: the fields the form does not show are kept from it. */
  existing?: Fact;
};

const DATE_PARTS = ["value", "asWritten", "isInferred", "basis"] as const;
const LOCALIZED_PARTS = ["ja", "en"] as const;

/** The names one kind field's inputs post: a date its parts, a localized text its languages, others their name. */
export function inputNamesOf(field: FactFieldDescription): string[] {
  if (field.input === "date") return DATE_PARTS.map((part) => `${field.name}.${part}`);
  if (field.input === "localized-text") return LOCALIZED_PARTS.map((part) => `${field.name}.${part}`);
  return [field.name];
}

/** The names the form's inputs post for a kind: the shared ones, then the kind's own (a date posts its parts). */
export function factFormFieldNames(kind: FactKind): string[] {
  const shared = [
    "id",
    "label.ja",
    "label.en",
    "statement.ja",
    "statement.en",
    "sentence",
    "about",
    "sourceIds",
    "stance.type",
    "stance.heldBy",
    "tags",
    "editorNotes",
  ];
  const own = describeFactFields(kind).flatMap(inputNamesOf);
  return [...shared, ...own, ...questionFieldNames(kind)];
}

/**
 * How questions ask a kind's fields: a text field's wrong options (`distractors.<field>`) and the other wordings a
 * fill-in accepts (`acceptedVariants.<field>`), the fields not to ask (`notAsked`, one checkbox per field) and the
 * question types not to make (`notAskedAs`).
 */
function questionFieldNames(kind: FactKind): string[] {
  const worded = describeAskedFields(kind).filter((field) => field.takesWording);
  return [
    ...worded.flatMap((field) => [`distractors.${field.name}`, `acceptedVariants.${field.name}`]),
    "notAsked",
    "notAskedAs",
  ];
}

/** A field's values as the fact holds them: a list's items, one text, or none. */
function textValuesOf(fact: Record<string, unknown>, field: string): string[] {
  const value = fact[field];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? [value] : [];
}

/**
 * The schema one input's value is checked by inside a kind's fact schema ("label.ja", "date.value", "stance.heldBy",
 * "tolerance"), through optionals, defaults and the stance's union; undefined where the path leads nowhere.
 */
function inputSchema(kind: FactKind, name: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = factSchemasByKind[kind];
  for (const part of name.split(".")) {
    if (!node) return undefined;
    node = unwrapped(node);
    if (node instanceof z.ZodObject) node = node.shape[part] as z.ZodType | undefined;
    else if (node instanceof z.ZodDiscriminatedUnion)
      node = (node.options as z.ZodObject[]).find((option) => part in option.shape)?.shape[part] as
        | z.ZodType
        | undefined;
    else return undefined;
  }
  return node;
}

/** The tighter of two bounds: the larger minimum, the smaller maximum. */
function tighter(a: InputLimits, b: InputLimits): InputLimits {
  const pick = (x: number | undefined, y: number | undefined, choose: (...values: number[]) => number) =>
    x === undefined ? y : y === undefined ? x : choose(x, y);
  const limits: InputLimits = {
    minLength: pick(a.minLength, b.minLength, Math.max),
    maxLength: pick(a.maxLength, b.maxLength, Math.min),
    min: pick(a.min, b.min, Math.max),
    max: pick(a.max, b.max, Math.min),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

/**
 * Every input's bounds for a kind's form, by input name: what the fact schema says of the value (a tolerance is 0
 * or more) with what the form's action accepts of any posted value (its length), read from the zod schemas as
 * inputLimits reads a form's. The form puts them on its inputs; nothing in a component repeats a number.
 */
export function factFormLimits(kind: FactKind): Record<string, InputLimits> {
  const posted = limitsOf(postedValueSchema);
  return Object.fromEntries(
    factFormFieldNames(kind).map((name) => {
      const schema = inputSchema(kind, name);
      return [name, tighter(schema ? limitsOf(schema) : {}, posted)];
    }),
  );
}

const text = (value: string | undefined) => (value === undefined ? "" : value);

/** What the form shows for a fact: every field as the strings its inputs hold. */
export function factToFormValues(fact: Fact): FactFormValues {
  const record = fact as unknown as Record<string, unknown>;
  const values: FactFormValues = {
    id: [fact.id],
    "label.ja": [fact.label.ja],
    "label.en": [text(fact.label.en)],
    "statement.ja": [fact.statement.ja],
    "statement.en": [text(fact.statement.en)],
    sentence: [fact.sentence],
    about: [...fact.about],
    sourceIds: [...fact.sourceIds],
    "stance.type": [fact.stance.type],
    "stance.heldBy": [fact.stance.type === "assessment" ? fact.stance.heldBy : ""],
    tags: [...fact.tags],
    editorNotes: [...fact.editorNotes],
    notAsked: [...fact.notAsked],
    notAskedAs: [...fact.notAskedAs],
  };
  for (const field of describeAskedFields(fact.kind).filter((asked) => asked.takesWording)) {
    values[`distractors.${field.name}`] = [...(fact.distractors[field.name] ?? [])];
    // Other wordings are asked for a single value: a list's values are asked together, in a choice, never filled in.
    const own = textValuesOf(record, field.name);
    values[`acceptedVariants.${field.name}`] =
      own.length === 1 ? [...(fact.acceptedVariants[own[0]!] ?? [])] : [];
  }
  for (const field of describeFactFields(fact.kind)) {
    const value = record[field.name];
    if (value === undefined) continue;
    if (field.input === "date") {
      const date = value as Extract<Fact, { kind: "date" }>["date"];
      values[`${field.name}.value`] = [date.value];
      values[`${field.name}.asWritten`] = [text(date.asWritten)];
      values[`${field.name}.basis`] = [text(date.basis)];
      if (date.isInferred) values[`${field.name}.isInferred`] = ["on"];
    } else if (field.input === "localized-text") {
      const localized = value as { ja: string; en?: string };
      values[`${field.name}.ja`] = [localized.ja];
      values[`${field.name}.en`] = [text(localized.en)];
    } else if (field.input === "checkbox") {
      if (value === true) values[field.name] = ["on"];
    } else if (Array.isArray(value)) {
      values[field.name] = value.map(String);
    } else {
      values[field.name] = [String(value)];
    }
  }
  return values;
}

function reader(values: FactFormValues) {
  const one = (name: string) => {
    const value = values[name]?.[0]?.normalize("NFC").trim();
    return value ? value : undefined;
  };
  const list = (name: string) =>
    (values[name] ?? []).map((value) => value.normalize("NFC").trim()).filter((value) => value.length > 0);
  const checked = (name: string) => (values[name] ?? []).some((value) => value === "on" || value === "true");
  return { one, list, checked };
}

/** A number as typed: full-width digits and thousands separators are fine; anything else stays text (an error). */
function toNumber(raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  const normalized = raw.normalize("NFKC").replace(/[,\s]/g, "");
  const number = normalized === "" ? Number.NaN : Number(normalized);
  return Number.isFinite(number) ? number : raw;
}

function fieldValue(field: FactFieldDescription, read: ReturnType<typeof reader>): unknown {
  switch (field.input) {
    case "text-list": {
      const items = read.list(field.name);
      return items.length > 0 ? items : undefined;
    }
    case "number":
      return toNumber(read.one(field.name));
    case "checkbox":
      return read.checked(field.name);
    case "date": {
      const value = read.one(`${field.name}.value`);
      const asWritten = read.one(`${field.name}.asWritten`);
      const basis = read.one(`${field.name}.basis`);
      if (value === undefined && asWritten === undefined && basis === undefined) return undefined;
      return { value, asWritten, basis, isInferred: read.checked(`${field.name}.isInferred`) };
    }
    case "localized-text": {
      const ja = read.one(`${field.name}.ja`);
      const en = read.one(`${field.name}.en`);
      return ja === undefined && en === undefined ? undefined : { ja, en };
    }
    default:
      return read.one(field.name);
  }
}

/** The section whose text holds the sentence (a fact's sentence is quoted verbatim from the body). */
function sectionOf(sentence: string | undefined, context: FactFormContext): string | undefined {
  if (sentence === undefined) return undefined;
  return context.sections.find((section) =>
    section.body.some((paragraph) => paragraph.text.includes(sentence)),
  )?.id;
}

/** A zod issue as a message key under `editor.errors`. */
function issueKey(issue: z.core.$ZodIssue, field: string, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (valueAt(input, issue.path) === undefined) return "fieldRequired";
      return issue.expected === "number" ? "numberInvalid" : "fieldInvalid";
    case "too_small":
      return issue.origin === "number" ? "numberTooSmall" : "fieldRequired";
    case "invalid_value":
      return "choiceInvalid";
    case "invalid_format":
      return field === "id" ? "factIdInvalid" : "fieldInvalid";
    case "invalid_union":
      return "fieldRequired";
    case "custom":
      if (field.endsWith(".value")) return "partialDateInvalid";
      if (field === "objectType") return "objectTypeRequired";
      return "fieldInvalid";
    default:
      return "fieldInvalid";
  }
}

/** The value an issue's path points at in the parsed input (zod's issues do not carry it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, part) =>
      typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[part] : undefined,
    input,
  );
}

/**
 * The form field an issue belongs to: ["label","ja"] → "label.ja", ["role", 0] → "role", ["date"] → "date.value",
 * a missing localized text ["definition"] → "definition.ja".
 */
function fieldOf(path: readonly PropertyKey[], kind: FactKind): string {
  const name = path.filter((part) => typeof part === "string").join(".");
  const field = describeFactFields(kind).find((candidate) => candidate.name === name);
  if (field?.input === "date") return `${name}.value`;
  if (field?.input === "localized-text") return `${name}.ja`;
  return name;
}

function addError(errors: FieldErrors, field: string, key: string, values?: FormMessage["values"]) {
  const known = errors[field] ?? [];
  if (!known.some((entry) => entry.key === key)) errors[field] = [...known, message(key, values)];
}

/** The bound a number's issue reports, for its message ("{min} 以上"): the schema's number, never the message's. */
function boundOf(issue: z.core.$ZodIssue): FormMessage["values"] {
  if (issue.code === "too_small" && issue.origin === "number") return { min: Number(issue.minimum) };
  return undefined;
}

/**
 * How questions ask the fact, read from the form: wrong options by field, the other wordings a fill-in accepts (keyed
 * by the value they stand for, as the fact schema keeps them), the fields not asked and the question types not made.
 * A wrong option that is one of the field's own values, other wordings for a field holding several values, or a
 * field the kind does not ask are refused beside their input. Other wordings kept for the values of a list (which
 * the form does not show) stay.
 */
function questionFields(
  kind: FactKind,
  read: ReturnType<typeof reader>,
  input: Record<string, unknown>,
  existing: Fact | undefined,
  errors: FieldErrors,
): Pick<Fact, "distractors" | "acceptedVariants" | "notAsked" | "notAskedAs"> {
  const asked = describeAskedFields(kind);
  const notAsked = read.list("notAsked");
  if (notAsked.some((name) => !asked.some((field) => field.name === name)))
    addError(errors, "notAsked", "choiceInvalid");
  const notAskedAs = NOT_ASKED_AS_TYPES.filter((type) => read.list("notAskedAs").includes(type));
  if (read.list("notAskedAs").length > notAskedAs.length) addError(errors, "notAskedAs", "choiceInvalid");
  const distractors: Record<string, string[]> = {};
  const acceptedVariants: Record<string, string[]> = {};
  for (const field of asked.filter((candidate) => candidate.takesWording)) {
    const own = textValuesOf(input, field.name);
    const wrong = read.list(`distractors.${field.name}`);
    if (wrong.some((value) => own.includes(value)))
      addError(errors, `distractors.${field.name}`, "distractorIsValue");
    if (wrong.length > 0) distractors[field.name] = wrong;
    const variants = read.list(`acceptedVariants.${field.name}`);
    if (own.length === 1) {
      if (variants.length > 0) acceptedVariants[own[0]!] = variants;
    } else {
      if (variants.length > 0) addError(errors, `acceptedVariants.${field.name}`, "variantsNeedOneValue");
      for (const value of own) {
        const kept = existing?.acceptedVariants[value];
        if (kept) acceptedVariants[value] = [...kept];
      }
    }
  }
  return { distractors, acceptedVariants, notAsked, notAskedAs };
}

/**
 * The posted form as a fact: each value read as its input posts it (lists as arrays, numbers as numbers, checkboxes
 * as booleans), checked by the fact schema and against the article. Errors come back per form field; a field the
 * form does not show that fails is reported under "form".
 */
export function parseFactForm(
  kindValue: string | undefined,
  values: FactFormValues,
  context: FactFormContext,
): { ok: true; fact: Fact } | { ok: false; fieldErrors: FieldErrors } {
  const kind = FACT_KINDS.find((candidate) => candidate === kindValue);
  if (!kind) return { ok: false, fieldErrors: { kind: [message("kindInvalid")] } };
  const read = reader(values);
  const sentence = read.one("sentence");
  const section = sectionOf(sentence, context);
  const stanceType = read.one("stance.type") ?? "reported";
  const kept = Object.fromEntries(
    KEPT_FACT_FIELDS.filter((name) => name !== "section").flatMap((name) => {
      const value = (context.existing as Record<string, unknown> | undefined)?.[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  const input: Record<string, unknown> = {
    ...kept,
    kind,
    id: read.one("id"),
    label: { ja: read.one("label.ja"), en: read.one("label.en") },
    statement: { ja: read.one("statement.ja"), en: read.one("statement.en") },
    sentence,
    section: section ?? "",
    about: read.list("about"),
    sourceIds: read.list("sourceIds"),
    tags: read.list("tags"),
    editorNotes: read.list("editorNotes"),
    stance:
      stanceType === "assessment"
        ? { type: "assessment", heldBy: read.one("stance.heldBy") }
        : { type: stanceType },
  };
  for (const field of describeFactFields(kind)) input[field.name] = fieldValue(field, read);

  const errors: FieldErrors = {};
  Object.assign(input, questionFields(kind, read, input, context.existing, errors));
  const shown = new Set(factFormFieldNames(kind));
  const parsed = factSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path, kind);
      if (field === "section") continue; // follows the sentence, reported there
      if (field === "stance") addError(errors, "stance.type", "choiceInvalid");
      else addError(errors, shown.has(field) ? field : "form", issueKey(issue, field, input), boundOf(issue));
    }
  }
  if (sentence !== undefined && section === undefined) addError(errors, "sentence", "sentenceNotInBody");
  if (read.list("about").some((id) => !context.entityIds.has(id))) addError(errors, "about", "aboutUnknown");
  if (read.list("sourceIds").some((id) => !context.sourceIds.has(id)))
    addError(errors, "sourceIds", "sourceUnknown");
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, fieldErrors: errors };
  return { ok: true, fact: parsed.data };
}
