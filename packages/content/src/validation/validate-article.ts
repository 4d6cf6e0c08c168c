import type { z } from "zod";
import { singleOccurrence, statedValues } from "../generator/fact-slots";
import { readingOverrideProblem } from "../reading/compute-furigana";
import {
  type Article,
  type ArticleMeta,
  articleMetaSchema,
  FACT_KINDS,
  type Fact,
  type FactKind,
  factSchemasByKind,
  type TermFact,
} from "../schemas/article-schema";

export type ContentIssue = { file: string; factId: string; field: string; message: string };

export type ArticleValidation = { article: Article; issues: [] } | { article: null; issues: ContentIssue[] };

/** A dash stands in for "no fact" so every line keeps four columns. */
const NO_FACT = "-";

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}  ${issue.factId}  ${issue.field}  ${issue.message}`;
}

function pathToField(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

function zodIssues(
  error: z.ZodError,
  file: string,
  factId: string,
  prefix: PropertyKey[] = [],
): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    factId,
    field: pathToField([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

function isFactKind(value: unknown): value is FactKind {
  return typeof value === "string" && (FACT_KINDS as readonly string[]).includes(value);
}

function readFactId(raw: unknown, index: number): string {
  if (raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" && raw.id.length > 0) {
    return raw.id;
  }
  return `#${index}`;
}

function validateFacts(rawFacts: unknown, file: string): { facts: Fact[]; issues: ContentIssue[] } {
  if (!Array.isArray(rawFacts)) {
    return {
      facts: [],
      issues: [{ file, factId: NO_FACT, field: "facts", message: "must hold an array named facts" }],
    };
  }
  const facts: Fact[] = [];
  const issues: ContentIssue[] = [];
  rawFacts.forEach((raw: unknown, index) => {
    const factId = readFactId(raw, index);
    const kind = raw && typeof raw === "object" && "kind" in raw ? raw.kind : undefined;
    if (!isFactKind(kind)) {
      issues.push({
        file,
        factId,
        field: "kind",
        message: `unknown kind ${JSON.stringify(kind)}; expected one of ${FACT_KINDS.join(", ")}`,
      });
      return;
    }
    const parsed = factSchemasByKind[kind].safeParse(raw);
    if (parsed.success) facts.push(parsed.data as Fact);
    else issues.push(...zodIssues(parsed.error, file, factId));
  });
  return { facts, issues };
}

/**
 * Words that only make sense to an editor (provenance remarks, transcription doubts, notes on the source): they
 * belong in `editorNotes` or `conflicts`, never in text a student reads.
 */
const EDITORIAL_MARKERS =
  /※|要約から記述|記載なし|明記なし|見出しは|転載元|食い違い|保持する|要確認|TODO|FIXME|[(（]筆者の|示唆の主体|本文は|本文に|本文では/;

const EVENT_FIELDS = new Set(["object", "place", "date"]);
const ASKABLE_FIELDS: Record<Fact["kind"], ReadonlySet<string>> = {
  event: EVENT_FIELDS,
  date: new Set(["date"]),
  place: new Set(["place"]),
  "person-role": new Set(["role"]),
  quantity: new Set(["value"]),
  duration: new Set(["value"]),
  "treaty-clause": new Set(["provision"]),
  statement: new Set(["content"]),
  reaction: new Set(["response"]),
  motive: new Set(["motive"]),
  // notAsked "term": no 「次の説明にあてはまる語句」 item; "definition": no 「…の意味」 item.
  term: new Set(["term", "definition"]),
};

function studentFacingTexts(meta: ArticleMeta): { field: string; text: string }[] {
  return [
    { field: "title.ja", text: meta.title.ja },
    { field: "summary.ja", text: meta.summary.ja },
    ...meta.sources.flatMap((source) => [
      { field: `sources.${source.id}.publisher`, text: source.publisher },
      ...(source.title ? [{ field: `sources.${source.id}.title`, text: source.title }] : []),
    ]),
    ...meta.sections.map((section) => ({
      field: `sections.${section.id}.heading.ja`,
      text: section.heading.ja,
    })),
    ...meta.entities.flatMap((entity) =>
      [entity.name, ...entity.aliases].map((text) => ({ field: `entities.${entity.id}`, text })),
    ),
  ];
}

function factTexts(fact: Fact): { field: string; text: string }[] {
  return [
    { field: "statement.ja", text: fact.statement.ja },
    { field: "label.ja", text: fact.label.ja },
    ...(fact.kind === "term" ? [{ field: "definition.ja", text: fact.definition.ja }] : []),
    ...Object.entries(fact.distractors).flatMap(([field, values]) =>
      values.map((text) => ({ field: `distractors.${field}`, text })),
    ),
  ];
}

/**
 * A term stands in its sentence (or the reading page links nowhere) and in its statement; its definition does not
 * give the word away; no two terms are one word (the definition question would have two keys); wrong options for
 * a term are only other terms, so an editor's distractors are refused.
 */
function termIssues(fact: TermFact, facts: readonly Fact[], file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ file, factId: fact.id, field, message });
  if (!fact.sentence.includes(fact.term))
    issue("term", `"${fact.term}" does not stand in the fact's sentence`);
  if (!fact.statement.ja.includes(fact.term))
    issue("statement.ja", `the statement names the term ("${fact.term}")`);
  if (fact.definition.ja.includes(fact.term))
    issue("definition.ja", `the definition uses the word it defines ("${fact.term}")`);
  if (Object.keys(fact.distractors).length > 0)
    issue("distractors", "a term's wrong options are the article's other terms of the same termType");
  for (const other of facts) {
    if (other.kind !== "term" || other.id === fact.id) continue;
    if (other.term === fact.term) issue("term", `"${fact.term}" is also the term of "${other.id}"`);
  }
  return issues;
}

function crossCheck(meta: ArticleMeta, facts: Fact[], file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issue = (factId: string, field: string, message: string) =>
    issues.push({ file, factId, field, message });
  const sourceIds = new Set<string>();
  for (const source of meta.sources) {
    if (sourceIds.has(source.id)) issue(NO_FACT, `sources.${source.id}`, "duplicate source id");
    sourceIds.add(source.id);
  }
  const entityIds = new Set<string>();
  for (const entity of meta.entities) {
    if (entityIds.has(entity.id)) issue(NO_FACT, `entities.${entity.id}`, "duplicate entity id");
    entityIds.add(entity.id);
  }
  for (const entity of meta.entities) {
    for (const parent of entity.partOf) {
      if (!entityIds.has(parent))
        issue(NO_FACT, `entities.${entity.id}.partOf`, `unknown entity "${parent}"`);
    }
  }
  const sectionsById = new Map(meta.sections.map((section) => [section.id, section]));
  for (const section of meta.sections) {
    for (const sourceId of [
      ...section.sourceIds,
      ...section.body.flatMap((p) => (p.sourceId ? [p.sourceId] : [])),
    ]) {
      if (!sourceIds.has(sourceId))
        issue(NO_FACT, `sections.${section.id}.sourceIds`, `dangling source id "${sourceId}"`);
    }
  }
  for (const { field, text } of studentFacingTexts(meta)) {
    if (EDITORIAL_MARKERS.test(text))
      issue(NO_FACT, field, `editorial note in student-facing text: "${text}" (move it to editorNotes)`);
  }
  const seenFactIds = new Set<string>();
  for (const fact of facts) {
    if (seenFactIds.has(fact.id)) issue(fact.id, "id", "duplicate fact id");
    seenFactIds.add(fact.id);
    fact.sourceIds.forEach((sourceId, index) => {
      if (!sourceIds.has(sourceId)) {
        issue(
          fact.id,
          `sourceIds[${index}]`,
          `dangling source id "${sourceId}"; known: ${[...sourceIds].join(", ")}`,
        );
      }
    });
    fact.about.forEach((entityId, index) => {
      if (!entityIds.has(entityId))
        issue(fact.id, `about[${index}]`, `unknown entity "${entityId}"; register it in entities`);
    });
    const section = sectionsById.get(fact.section);
    if (!section) {
      issue(
        fact.id,
        "section",
        `unknown section "${fact.section}"; known: ${[...sectionsById.keys()].join(", ")}`,
      );
    } else {
      const paragraph = section.body.find((candidate) => candidate.text.includes(fact.sentence));
      if (!paragraph) issue(fact.id, "sentence", `not found verbatim in the body of section "${section.id}"`);
      else if (paragraph.isComment && fact.stance.type !== "assessment") {
        issue(
          fact.id,
          "stance",
          "a fact taken from the writer's comment is an assessment: say whose view it is",
        );
      }
    }
    for (const { field, text } of factTexts(fact)) {
      if (EDITORIAL_MARKERS.test(text))
        issue(fact.id, field, `editorial note in student-facing text: "${text}" (move it to editorNotes)`);
    }
    if (fact.stance.type === "assessment" && !fact.statement.ja.includes(fact.stance.heldBy)) {
      issue(
        fact.id,
        "statement.ja",
        `an assessment's statement names whose view it is ("${fact.stance.heldBy}")`,
      );
    }
    if (
      (fact.kind === "quantity" || fact.kind === "duration") &&
      fact.tolerance > 0 &&
      !/約|およそ/.test(fact.asWritten)
    ) {
      issue(fact.id, "tolerance", "a tolerance only where the article says 約 or およそ");
    }
    if (fact.kind === "term") issues.push(...termIssues(fact, facts, file));
    const askable = ASKABLE_FIELDS[fact.kind];
    for (const field of [...Object.keys(fact.distractors), ...fact.notAsked]) {
      if (!askable.has(field))
        issue(
          fact.id,
          field,
          `"${field}" is not an askable field of a ${fact.kind}: ${[...askable].join(", ")}`,
        );
    }
    const stated = statedValues(fact);
    for (const { field, texts } of stated) {
      if (fact.notAsked.includes(field)) continue;
      for (const text of texts) {
        if (singleOccurrence(fact.statement.ja, text) === -1) {
          issue(
            fact.id,
            field,
            `"${text}" must stand exactly once in statement.ja (questions blank or swap it there), or list "${field}" in notAsked`,
          );
        }
      }
    }
    const values = new Set(stated.flatMap(({ texts }) => texts));
    for (const value of Object.keys(fact.acceptedVariants)) {
      if (!values.has(value))
        issue(fact.id, `acceptedVariants.${value}`, "variants are listed under one of the fact's values");
    }
  }
  return issues;
}

/** Validates one article file (meta, entities, sections with their text, facts) and cross-checks it. */
export function validateArticleData(input: {
  file: string;
  data: unknown;
  expectedSlug?: string;
}): ArticleValidation {
  const { file } = input;
  const data = input.data && typeof input.data === "object" ? (input.data as Record<string, unknown>) : {};
  const { facts: rawFacts, ...rawMeta } = data;
  const meta = articleMetaSchema.safeParse(rawMeta);
  const { facts, issues } = validateFacts(rawFacts, file);
  if ("glossary" in data) {
    // The parser would drop it silently: an editor's terms there would link nowhere and be asked nowhere.
    issues.push({
      file,
      factId: NO_FACT,
      field: "glossary",
      message: 'glossary entries are facts of kind "term" (term, reading, definition, termType, sentence)',
    });
  }
  if (!meta.success) {
    return { article: null, issues: [...zodIssues(meta.error, file, NO_FACT), ...issues] };
  }
  if (input.expectedSlug !== undefined && meta.data.slug !== input.expectedSlug) {
    issues.push({
      file,
      factId: NO_FACT,
      field: "slug",
      message: `slug "${meta.data.slug}" must equal the folder name "${input.expectedSlug}"`,
    });
  }
  if (Array.isArray(rawFacts) && rawFacts.length === 0) {
    issues.push({ file, factId: NO_FACT, field: "facts", message: "an article needs at least one fact" });
  }
  issues.push(...crossCheck(meta.data, facts, file));
  for (const [index, override] of meta.data.readingOverrides.entries()) {
    const problem = readingOverrideProblem(meta.data, override);
    if (problem) {
      const message =
        problem === "readingTextNotInArticle"
          ? `"${override.text}" does not stand in the text: its reading would never be shown`
          : `"${override.reading}" does not line up with the kanji and kana of "${override.text}"`;
      issues.push({ file, factId: NO_FACT, field: `readingOverrides.${index}`, message });
    }
  }
  if (issues.length > 0) return { article: null, issues };
  return { article: { ...meta.data, facts }, issues: [] };
}
