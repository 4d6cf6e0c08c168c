import { describe, expect, it } from "vitest";
import { FACT_KINDS, factSchemasByKind } from "./article-schema";
import {
  describeFactFields,
  FACT_KIND_FIELDS,
  factSchemaKinds,
  KEPT_FACT_FIELDS,
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
});
