import { describeFactFields, FACT_KINDS, LOCALES } from "@jiji/content";
import { describe, expect, it } from "vitest";
import { factFormFieldNames } from "@/server/editor/fact-form-values";
import { type Messages, messageFile } from "@/test/message-files";

const lookup = (messages: Messages, key: string) =>
  key
    .split(".")
    .reduce<Messages | string | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      messages,
    );

/** Every message key the fact form reads for a kind: its fields' labels and its choices' options. */
function keysOf(kind: (typeof FACT_KINDS)[number]): string[] {
  const fields = factFormFieldNames(kind)
    .filter((name) => !/\.(value|asWritten|isInferred|basis)$/.test(name) || name.startsWith("stance."))
    .map((name) => `editor.factForm.fields.${name}.label`);
  const dates = describeFactFields(kind)
    .filter((field) => field.input === "date")
    .map((field) => `editor.factForm.fields.${field.name}.label`);
  const options = describeFactFields(kind).flatMap((field) =>
    (field.options ?? []).map((option) => `editor.factForm.options.${field.name}.${option}`),
  );
  return [`editor.kinds.${kind}`, ...fields, ...dates, ...options];
}

describe.each(LOCALES)("the fact form's labels in %s", (locale) => {
  const messages = messageFile("editor", locale);
  it.each(FACT_KINDS)("%s: every field and choice has a label", (kind) => {
    const missing = keysOf(kind).filter((key) => typeof lookup(messages, key) !== "string");
    expect(missing, `add these to messages/editor/${locale}.json`).toEqual([]);
  });
});
