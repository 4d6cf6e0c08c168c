import type { FactKind } from "@jiji/content";

const KIND_FIELDS: Record<FactKind, Record<string, unknown>> = {
  event: { subject: "", action: "", date: { value: "YYYY-MM-DD" }, place: "" },
  date: { subject: "", attribute: "", date: { value: "YYYY-MM-DD" } },
  place: { subject: "", place: "" },
  "person-role": { person: "", role: [""], organization: "" },
  quantity: { subject: "", value: 0, unit: "", asWritten: "", isApproximate: false },
  duration: { subject: "", value: 0, unit: "", asWritten: "", isApproximate: false },
  "treaty-clause": { treaty: "", topic: "", provision: [""] },
  statement: { speaker: "", topic: "", content: "", isDirectQuote: true },
  reaction: { actor: "", target: "", response: [""] },
  motive: { actor: "", action: "", motive: [""], motiveKind: "cause" },
  term: { term: "", reading: "", definition: { ja: "" }, termType: "act" },
};

/** A fact to fill in by hand, per kind: the schema's fields, the article's first section and source filled in. */
export function factTemplate(kind: FactKind, section: string, sourceId: string, about: string[]): string {
  return JSON.stringify(
    {
      id: "",
      label: { ja: "" },
      statement: { ja: "" },
      sentence: "",
      about,
      section,
      sourceIds: [sourceId],
      ...KIND_FIELDS[kind],
    },
    null,
    2,
  );
}
