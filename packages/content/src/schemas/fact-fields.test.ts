import { describe, expect, it } from "vitest";
import { articles } from "../articles";
import { slotsForFact } from "../generator/fact-slots";
import { FACT_KINDS, factSchemasByKind } from "./article-schema";
import {
  ASKED_FACT_FIELDS,
  describeAskedFields,
  describeFactFields,
  FACT_KIND_FIELDS,
  factSchemaKinds,
  KEPT_FACT_FIELDS,
  QUESTION_FACT_FORM_FIELDS,
  SHARED_FACT_FORM_FIELDS,
} from "./fact-fields";

describe("the editor form's description of each fact kind", () => {
  it("covers every kind the fact schema accepts", () => {
    const missing = factSchemaKinds().filter((kind) => !(kind in FACT_KIND_FIELDS));
    expect(
      missing,
      `no field description in FACT_KIND_FIELDS for fact kind(s): ${missing.join(", ")}`,
    ).toEqual([]);
    expect([...FACT_KINDS].sort()).toEqual(factSchemaKinds().sort());
  });

  it.each(FACT_KINDS)("%s: every field of the schema is asked in the form or kept as it was", (kind) => {
    const schemaFields = Object.keys(factSchemasByKind[kind].shape).sort();
    const described = [
      "kind",
      ...SHARED_FACT_FORM_FIELDS,
      ...QUESTION_FACT_FORM_FIELDS,
      ...KEPT_FACT_FIELDS,
      ...Object.keys(FACT_KIND_FIELDS[kind]),
    ].sort();
    expect(described, `FACT_KIND_FIELDS.${kind} must list exactly the kind's own fields`).toEqual(
      schemaFields,
    );
  });

  it("reads requiredness and enum options from the schema", () => {
    const event = describeFactFields("event");
    expect(event.find((field) => field.name === "subject")).toMatchObject({
      input: "name",
      isRequired: true,
    });
    expect(event.find((field) => field.name === "object")).toMatchObject({ isRequired: false });
    expect(event.find((field) => field.name === "objectType")?.options).toContain("goods");
    const motive = describeFactFields("motive");
    expect(motive.find((field) => field.name === "motiveKind")).toMatchObject({
      isRequired: true,
      options: ["cause", "aim"],
    });
    expect(describeFactFields("quantity").find((field) => field.name === "isApproximate")).toMatchObject({
      isRequired: false,
    });
  });

  it("gives every choice its options", () => {
    for (const kind of FACT_KINDS) {
      for (const field of describeFactFields(kind)) {
        if (field.input === "choice")
          expect(field.options?.length, `${kind}.${field.name}`).toBeGreaterThan(0);
      }
    }
  });

  it("names every field the generator asks of a kind as askable, and only those", () => {
    const asked = new Map<string, Set<string>>();
    const askable = (kind: keyof typeof ASKED_FACT_FIELDS) => Object.keys(ASKED_FACT_FIELDS[kind]).sort();
    for (const article of articles) {
      for (const fact of article.facts) {
        // Every field the generator would ask, including the ones an editor marked not asked.
        const fields = slotsForFact({ ...fact, notAsked: [] }).map((slot) => slot.field);
        for (const field of fields) {
          expect(askable(fact.kind), `${fact.id}: ${field}`).toContain(field);
          asked.set(fact.kind, (asked.get(fact.kind) ?? new Set()).add(field));
        }
      }
    }
    // The articles ask each listed field of the kinds they use (a field listed but never asked would show up here).
    // Terms are asked by term-questions.ts, which reads notAsked "term" and "definition" itself.
    for (const [kind, fields] of asked)
      expect([...fields].sort()).toEqual(askable(kind as keyof typeof ASKED_FACT_FIELDS));
    expect(askable("term")).toEqual(["definition", "term"]);
    // Every kind is asked something, so the form's question section always has fields to offer.
    for (const kind of FACT_KINDS) expect(askable(kind).length, kind).toBeGreaterThan(0);
    expect(describeAskedFields("event")).toEqual([
      { name: "object", takesWording: true },
      { name: "place", takesWording: true },
      { name: "date", takesWording: false },
    ]);
    expect(describeAskedFields("term").every((field) => !field.takesWording)).toBe(true);
  });
});
