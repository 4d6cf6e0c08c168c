import { FACT_KINDS, type Fact, type FactKind } from "@jiji/content";
import { getArticles } from "@jiji/content/server";
import { describe, expect, it } from "vitest";
import { echoedLists, type FormMessage, formDataToObject } from "@/components/form/form-state";
import { factFormSchema } from "./editor-schemas";
import {
  type FactFormContext,
  type FactFormValues,
  factFormFieldNames,
  factToFormValues,
  parseFactForm,
} from "./fact-form-values";

const SENTENCE = "北朝鮮は約1万1000人規模の兵士をロシアに派遣した。";

const context: FactFormContext = {
  sections: [
    { id: "section-1", body: [{ text: "ロシアのプーチン大統領は昨年6月、平壌を訪れた。" }] },
    { id: "section-2", body: [{ text: `${SENTENCE}林芳正官房長官は「注視している」と述べた。` }] },
  ],
  entityIds: new Set(["north-korea", "russia", "hayashi"]),
  sourceIds: new Set(["source-1", "source-2"]),
};

/** What every fact's form posts, valid. */
const shared = (id: string): FactFormValues => ({
  id: [id],
  "label.ja": ["派遣"],
  "label.en": [""],
  "statement.ja": ["北朝鮮は約1万1000人規模の兵士をロシアに派遣した。"],
  "statement.en": [""],
  sentence: [SENTENCE],
  about: ["north-korea", ""],
  sourceIds: ["source-1"],
  "stance.type": ["reported"],
  "stance.heldBy": [""],
});

/** Per kind: the kind's own fields posted validly, what the fact then holds, and a bad post with its field errors. */
const CASES: Record<
  FactKind,
  {
    valid: FactFormValues;
    expected: Record<string, unknown>;
    invalid: FactFormValues;
    errors: Record<string, (string | FormMessage)[]>;
  }
> = {
  event: {
    valid: {
      subject: ["北朝鮮"],
      action: ["派遣した"],
      object: ["兵士", "  "],
      objectType: ["person"],
      "date.value": ["2024-10"],
      "date.asWritten": ["昨年10月"],
      "date.isInferred": ["on"],
      place: ["ロシア"],
    },
    expected: {
      object: ["兵士"],
      objectType: "person",
      date: { value: "2024-10", asWritten: "昨年10月", isInferred: true },
      place: "ロシア",
    },
    // An object needs its type (checked once the other fields are right).
    invalid: { subject: ["北朝鮮"], action: ["派遣した"], object: ["兵士"] },
    errors: { objectType: ["objectTypeRequired"] },
  },
  date: {
    valid: { subject: ["映画"], attribute: ["公開日"], "date.value": ["2025-03-10"] },
    expected: { attribute: "公開日", date: { value: "2025-03-10", isInferred: false } },
    invalid: { subject: ["映画"], attribute: ["公開日"], "date.asWritten": ["昨年"] },
    errors: { "date.value": ["fieldRequired"] },
  },
  place: {
    valid: { subject: ["首脳会談"], place: ["平壌"] },
    expected: { subject: "首脳会談", place: "平壌" },
    invalid: { subject: ["首脳会談"] },
    errors: { place: ["fieldRequired"] },
  },
  "person-role": {
    valid: { person: ["金正恩"], role: ["総書記", "国務委員長"], organization: [""] },
    expected: { person: "金正恩", role: ["総書記", "国務委員長"] },
    invalid: { person: ["金正恩"], role: ["", " "] },
    errors: { role: ["fieldRequired"] },
  },
  quantity: {
    valid: {
      subject: ["派遣された兵士"],
      value: ["１１,０００"],
      unit: ["人"],
      asWritten: ["約1万1000人規模"],
      isApproximate: ["on"],
      tolerance: [""],
    },
    expected: { value: 11000, unit: "人", isApproximate: true, tolerance: 0 },
    invalid: { subject: ["兵士"], value: ["約1万"], unit: ["人"], asWritten: ["約1万人"], tolerance: ["-1"] },
    // The bound comes from the schema (a tolerance is 0 or more) as the message's value.
    errors: { value: ["numberInvalid"], tolerance: [{ key: "numberTooSmall", values: { min: 0 } }] },
  },
  duration: {
    valid: { subject: ["条約"], value: ["10"], unit: ["年"], asWritten: ["10年間"] },
    expected: { value: 10, unit: "年", isApproximate: false },
    invalid: { subject: ["条約"], unit: ["年"], asWritten: ["10年間"] },
    errors: { value: ["fieldRequired"] },
  },
  "treaty-clause": {
    valid: { treaty: ["包括的戦略パートナーシップ条約"], topic: ["相互援助"], provision: ["軍事援助"] },
    expected: { provision: ["軍事援助"] },
    invalid: { treaty: ["条約"], provision: ["軍事援助"] },
    errors: { topic: ["fieldRequired"] },
  },
  statement: {
    valid: {
      speaker: ["林芳正官房長官"],
      topic: ["派遣"],
      content: ["注視している"],
      isDirectQuote: ["on"],
    },
    expected: { speaker: "林芳正官房長官", content: ["注視している"], isDirectQuote: true },
    invalid: { topic: ["派遣"], content: [], "date.value": ["2024-13"] },
    errors: { speaker: ["fieldRequired"], content: ["fieldRequired"], "date.value": ["partialDateInvalid"] },
  },
  reaction: {
    valid: { actor: ["日本"], target: ["派遣"], response: ["懸念"] },
    expected: { actor: "日本", response: ["懸念"] },
    invalid: { actor: ["日本"], response: ["懸念"] },
    errors: { target: ["fieldRequired"] },
  },
  motive: {
    valid: { actor: ["北朝鮮"], action: ["派遣した"], motive: ["外貨獲得"], motiveKind: ["aim"] },
    expected: { motive: ["外貨獲得"], motiveKind: "aim" },
    invalid: { actor: ["北朝鮮"], action: ["派遣した"], motive: ["外貨獲得"], motiveKind: ["reason"] },
    errors: { motiveKind: ["choiceInvalid"] },
  },
  term: {
    valid: {
      term: ["派遣"],
      reading: ["はけん"],
      "definition.ja": ["軍隊などを外国へ送ること"],
      "definition.en": [""],
      termType: ["act"],
    },
    expected: {
      term: "派遣",
      reading: "はけん",
      definition: { ja: "軍隊などを外国へ送ること" },
      termType: "act",
    },
    invalid: { term: ["派遣"], "definition.en": ["sending troops abroad"], termType: ["deed"] },
    errors: { "definition.ja": ["fieldRequired"], termType: ["choiceInvalid"] },
  },
};

/** Message keys per field as the form kit's message values. */
const asMessages = (errors: Record<string, (string | FormMessage)[]>): Record<string, FormMessage[]> =>
  Object.fromEntries(
    Object.entries(errors).map(([field, keys]) => [
      field,
      keys.map((key) => (typeof key === "string" ? { key } : key)),
    ]),
  );

describe("the fact form's fields become a fact", () => {
  it("has a valid and an invalid case for every kind", () => {
    expect(Object.keys(CASES).sort()).toEqual([...FACT_KINDS].sort());
  });

  it.each(FACT_KINDS)(
    "%s: the posted fields parse into the fact (lists as arrays, numbers, booleans)",
    (kind) => {
      const parsed = parseFactForm(kind, { ...shared(`${kind}-fact`), ...CASES[kind].valid }, context);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
      expect(parsed.fact).toMatchObject({
        kind,
        id: `${kind}-fact`,
        label: { ja: "派遣" },
        sentence: SENTENCE,
        section: "section-2",
        about: ["north-korea"],
        sourceIds: ["source-1"],
        stance: { type: "reported" },
        ...CASES[kind].expected,
      });
      expect(parsed.fact.label.en).toBeUndefined();
    },
  );

  it.each(FACT_KINDS)("%s: bad fields come back as message keys next to the fields", (kind) => {
    const parsed = parseFactForm(kind, { ...shared(`${kind}-fact`), ...CASES[kind].invalid }, context);
    expect(parsed).toEqual({ ok: false, fieldErrors: asMessages(CASES[kind].errors) });
  });

  it.each(FACT_KINDS)("%s: a fact shows in its form and parses back unchanged", (kind) => {
    const parsed = parseFactForm(kind, { ...shared(`${kind}-fact`), ...CASES[kind].valid }, context);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    const values = factToFormValues(parsed.fact);
    const names = new Set(factFormFieldNames(kind));
    expect(Object.keys(values).filter((name) => !names.has(name))).toEqual([]);
    expect(parseFactForm(kind, values, context)).toEqual({ ok: true, fact: parsed.fact });
  });

  it("reports every shared field that is missing or wrong", () => {
    const parsed = parseFactForm(
      "place",
      {
        id: ["Bad Id"],
        sentence: ["本文にない文。"],
        about: ["nobody"],
        sourceIds: ["source-9"],
        "stance.type": ["assessment"],
        subject: ["会談"],
        place: ["平壌"],
      },
      context,
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: asMessages({
        id: ["factIdInvalid"],
        "label.ja": ["fieldRequired"],
        "statement.ja": ["fieldRequired"],
        "stance.heldBy": ["fieldRequired"],
        sentence: ["sentenceNotInBody"],
        about: ["aboutUnknown"],
        sourceIds: ["sourceUnknown"],
      }),
    });
    expect(parseFactForm("place", { ...shared("x"), about: [], sourceIds: [] }, context)).toMatchObject({
      ok: false,
      fieldErrors: asMessages({
        about: ["fieldRequired"],
        sourceIds: ["fieldRequired"],
        place: ["fieldRequired"],
      }),
    });
  });

  it("refuses a kind the schema does not know", () => {
    expect(parseFactForm("rumour", shared("x"), context)).toEqual({
      ok: false,
      fieldErrors: asMessages({ kind: ["kindInvalid"] }),
    });
  });

  it("keeps an edited fact's fields, shown or not, and takes an assessment's holder", () => {
    const first = parseFactForm("place", { ...shared("visit"), subject: ["会談"], place: ["平壌"] }, context);
    if (!first.ok) throw new Error("invalid");
    const existing: Fact = {
      ...first.fact,
      tags: ["diplomacy"],
      distractors: { place: ["ソウル"] },
      notAsked: ["place"],
      notAskedAs: ["cloze"],
      revision: 2,
      editorNotes: ["確認済み"],
    };
    expect(factToFormValues(existing)).toMatchObject({ tags: ["diplomacy"], editorNotes: ["確認済み"] });
    const edited = parseFactForm(
      "place",
      {
        ...factToFormValues(existing),
        place: ["ウラジオストク"],
        "stance.type": ["assessment"],
        "stance.heldBy": ["専門家"],
      },
      { ...context, existing },
    );
    expect(edited).toMatchObject({
      ok: true,
      fact: {
        place: "ウラジオストク",
        tags: ["diplomacy"],
        distractors: { place: ["ソウル"] },
        notAsked: ["place"],
        notAskedAs: ["cloze"],
        revision: 2,
        editorNotes: ["確認済み"],
        stance: { type: "assessment", heldBy: "専門家" },
      },
    });
  });

  const treaty = (object: string[], asked: FactFormValues): FactFormValues => ({
    ...shared("treaty"),
    ...CASES.event.valid,
    object,
    objectType: ["agreement"],
    ...asked,
  });

  it("reads how questions ask a fact: wrong options by field, other wordings of a single value, fields not asked", () => {
    const parsed = parseFactForm(
      "event",
      treaty(["包括的戦略パートナーシップ条約"], {
        "distractors.object": ["日米安全保障条約", " ", "北大西洋条約"],
        "acceptedVariants.object": ["相互支援条約"],
        "distractors.place": [""],
        "acceptedVariants.place": [""],
        notAsked: ["place"],
        notAskedAs: ["cloze"],
      }),
      context,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    expect(parsed.fact).toMatchObject({
      distractors: { object: ["日米安全保障条約", "北大西洋条約"] },
      acceptedVariants: { 包括的戦略パートナーシップ条約: ["相互支援条約"] },
      notAsked: ["place"],
      notAskedAs: ["cloze"],
    });
    expect(Object.keys(parsed.fact.distractors)).toEqual(["object"]);
    expect(factToFormValues(parsed.fact)).toMatchObject({
      "distractors.object": ["日米安全保障条約", "北大西洋条約"],
      "acceptedVariants.object": ["相互支援条約"],
      "distractors.place": [],
      notAsked: ["place"],
    });
  });

  it("refuses the value itself as a wrong option, other wordings of a list, a field or a type that is not asked", () => {
    const parsed = parseFactForm(
      "event",
      treaty(["兵士", "武器"], {
        "distractors.object": ["武器", "食料"],
        "acceptedVariants.object": ["兵隊"],
        notAsked: ["subject"],
        notAskedAs: ["ordering"],
      }),
      context,
    );
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: asMessages({
        notAsked: ["choiceInvalid"],
        notAskedAs: ["choiceInvalid"],
        "distractors.object": ["distractorIsValue"],
        "acceptedVariants.object": ["variantsNeedOneValue"],
      }),
    });
  });

  it("keeps the other wordings of a list's values, which the form does not show, while those values stay", () => {
    const first = parseFactForm(
      "person-role",
      { ...shared("kim"), ...CASES["person-role"].valid, role: ["総書記", "委員長"] },
      context,
    );
    if (!first.ok) throw new Error("invalid");
    const existing: Fact = {
      ...first.fact,
      acceptedVariants: { 総書記: ["朝鮮労働党総書記"], 委員長: ["国務委員長"] },
    };
    const values = factToFormValues(existing);
    expect(values["acceptedVariants.role"]).toEqual([]);
    const kept = parseFactForm("person-role", values, { ...context, existing });
    expect(kept).toMatchObject({ ok: true, fact: { acceptedVariants: existing.acceptedVariants } });
    const narrowed = parseFactForm(
      "person-role",
      { ...values, role: ["総書記", "国家主席"] },
      { ...context, existing },
    );
    if (!narrowed.ok) throw new Error(JSON.stringify(narrowed.fieldErrors));
    expect(narrowed.fact.acceptedVariants).toEqual({ 総書記: ["朝鮮労働党総書記"] });
  });

  it("shows every fact of the served articles in its form and parses it back unchanged", () => {
    for (const article of getArticles()) {
      const articleContext: FactFormContext = {
        sections: article.sections,
        entityIds: new Set(article.entities.map((entity) => entity.id)),
        sourceIds: new Set(article.sources.map((source) => source.id)),
      };
      for (const fact of article.facts) {
        const parsed = parseFactForm(fact.kind, factToFormValues(fact), {
          ...articleContext,
          existing: fact,
        });
        expect(parsed, `${article.slug}: ${fact.id}`).toEqual({ ok: true, fact });
      }
    }
  });

  it("reads repeated form fields as lists", () => {
    const data = new FormData();
    data.append("role", "総書記");
    data.append("role", "国務委員長");
    data.append("person", "金正恩");
    expect(echoedLists(formDataToObject(data))).toEqual({
      role: ["総書記", "国務委員長"],
      person: ["金正恩"],
    });
  });

  it("the action's schema passes the target apart and every other field on as a list", () => {
    expect(
      factFormSchema.parse({
        slug: "ru-kp",
        version: "3",
        kind: "person-role",
        replaces: "kim-role",
        role: ["総書記", "国務委員長"],
        person: "金正恩",
      }),
    ).toEqual({
      slug: "ru-kp",
      version: 3,
      kind: "person-role",
      replaces: "kim-role",
      proposalId: undefined,
      values: { role: ["総書記", "国務委員長"], person: ["金正恩"] },
    });
    expect(factFormSchema.safeParse({ slug: "ru-kp", version: "3", role: Array(51).fill("x") }).success).toBe(
      false,
    );
  });
});
