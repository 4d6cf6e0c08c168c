import {
  describeAskedFields,
  describeFactFields,
  FACT_KINDS,
  LOCALES,
  NOT_ASKED_AS_TYPES,
} from "@jiji/content";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { limitsOf } from "@/components/form/input-limits";
import { postedValueSchema } from "@/server/editor/editor-schemas";
import { factFormFieldNames, factFormLimits } from "@/server/editor/fact-form-values";
import { type Messages, messageFile } from "@/test/message-files";
import { FactFieldsForm } from "./fact-fields-form";

// The form is drawn without its server action (and without messages: a missing one shows its key).
vi.mock("@/server/editor/actions", () => ({ saveFactAction: async () => ({}) }));

const lookup = (messages: Messages, key: string) =>
  key
    .split(".")
    .reduce<Messages | string | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      messages,
    );

/** Every message key the fact form reads for a kind: its fields' labels, its choices' options, how questions ask. */
function keysOf(kind: (typeof FACT_KINDS)[number]): string[] {
  const fields = factFormFieldNames(kind)
    .filter((name) => !/\.(value|asWritten|isInferred|basis)$/.test(name) || name.startsWith("stance."))
    .filter((name) => !/^(distractors\.|acceptedVariants\.|notAsked$|notAskedAs$)/.test(name))
    .map((name) => `editor.factForm.fields.${name}.label`);
  const dates = describeFactFields(kind)
    .filter((field) => field.input === "date")
    .map((field) => `editor.factForm.fields.${field.name}.label`);
  const options = describeFactFields(kind).flatMap((field) =>
    (field.options ?? []).map((option) => `editor.factForm.options.${field.name}.${option}`),
  );
  const questionKeys = [
    "legend",
    "lead",
    "distractors",
    "distractorsHint",
    "acceptedVariants",
    "acceptedVariantsHint",
    "notAsked",
    "notAskedHint",
    "notAskedAs",
    "notAskedAsHint",
  ];
  const questions = [
    ...questionKeys.map((key) => `editor.factForm.questions.${key}`),
    ...NOT_ASKED_AS_TYPES.map((type) => `editor.questions.types.${type}`),
  ];
  return [`editor.kinds.${kind}`, ...fields, ...dates, ...options, ...questions];
}

describe.each(LOCALES)("the fact form's labels in %s", (locale) => {
  const messages = messageFile("editor", locale);
  it.each(FACT_KINDS)("%s: every field and choice has a label", (kind) => {
    const missing = keysOf(kind).filter((key) => typeof lookup(messages, key) !== "string");
    expect(missing, `add these to messages/editor/${locale}.json`).toEqual([]);
  });
});

/** The form of one kind as HTML, every input and text area with its attributes. */
function drawnInputs(kind: (typeof FACT_KINDS)[number], values: Record<string, string[]> = {}) {
  const options = {
    kinds: [
      {
        kind,
        fields: describeFactFields(kind),
        askedFields: describeAskedFields(kind),
        isAboutRequired: true,
        limits: factFormLimits(kind),
      },
    ],
    sentences: [],
    entities: [{ value: "north-korea", label: "北朝鮮" }],
    sources: [{ value: "source-1", label: "朝日新聞" }],
    tags: [{ value: "treaty", label: "条約" }],
  };
  const html = renderToStaticMarkup(
    createElement(FactFieldsForm, {
      target: { slug: "article", version: 1 },
      options,
      kind,
      values,
      submitLabel: "save",
    }),
  );
  return [...html.matchAll(/<(input|textarea)\b([^>]*)>/g)].map(([, tag, attributes]) => {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(attributes!)?.[1];
    return {
      tag,
      name: attribute("name"),
      type: attribute("type"),
      value: attribute("value"),
      isChecked: /\schecked=""/.test(attributes!),
      maxLength: attribute("maxLength"),
    };
  });
}

describe("the fact form's topics", () => {
  it("offers the vocabulary, and keeps a fact's tag from outside it ticked so a save does not drop it", () => {
    const tags = drawnInputs("event", { tags: ["treaty", "local-topic"] }).filter(
      (input) => input.name === "tags",
    );
    expect(tags.map((input) => [input.value, input.isChecked])).toEqual([
      ["treaty", true],
      ["local-topic", true],
    ]);
  });
});

describe("the fact form's bounds", () => {
  const { maxLength } = limitsOf(postedValueSchema);

  it.each(FACT_KINDS)(
    "%s: every text input and text area says the longest value the action accepts",
    (kind) => {
      const typed = drawnInputs(kind).filter((input) => input.tag === "textarea" || input.type === "text");
      expect(typed.length).toBeGreaterThan(0);
      const unbounded = typed
        .filter((input) => input.maxLength !== String(maxLength))
        .map((input) => input.name);
      expect(unbounded, "inputs without the schema's maxLength").toEqual([]);
    },
  );

  it("reads every input's bounds from the schemas: the posted value's length, a number's range", () => {
    for (const kind of FACT_KINDS)
      for (const name of factFormFieldNames(kind))
        expect(factFormLimits(kind)[name]?.maxLength).toBe(maxLength);
    expect(factFormLimits("quantity").tolerance).toEqual({ maxLength, min: 0 });
    expect(factFormLimits("quantity").value).toEqual({ maxLength });
  });
});
