import type { z } from "zod";
import {
  type Article,
  type ArticleMeta,
  articleMetaSchema,
  FACT_KINDS,
  type Fact,
  type FactKind,
  factSchemasByKind,
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

function validateFacts(rawFacts: unknown, factsFile: string): { facts: Fact[]; issues: ContentIssue[] } {
  if (!Array.isArray(rawFacts)) {
    return {
      facts: [],
      issues: [
        { file: factsFile, factId: NO_FACT, field: "facts", message: "must export an array named facts" },
      ],
    };
  }
  const facts: Fact[] = [];
  const issues: ContentIssue[] = [];
  rawFacts.forEach((raw: unknown, index) => {
    const factId = readFactId(raw, index);
    const kind = raw && typeof raw === "object" && "kind" in raw ? raw.kind : undefined;
    if (!isFactKind(kind)) {
      issues.push({
        file: factsFile,
        factId,
        field: "kind",
        message: `unknown kind ${JSON.stringify(kind)}; expected one of ${FACT_KINDS.join(", ")}`,
      });
      return;
    }
    const parsed = factSchemasByKind[kind].safeParse(raw);
    if (parsed.success) facts.push(parsed.data as Fact);
    else issues.push(...zodIssues(parsed.error, factsFile, factId));
  });
  return { facts, issues };
}

function crossCheck(
  meta: ArticleMeta,
  facts: Fact[],
  articleFile: string,
  factsFile: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sourceIds = new Set<string>();
  for (const source of meta.sources) {
    if (sourceIds.has(source.id)) {
      issues.push({
        file: articleFile,
        factId: NO_FACT,
        field: `sources.${source.id}`,
        message: "duplicate source id",
      });
    }
    sourceIds.add(source.id);
  }
  const sectionIds = new Set(meta.sections.map((section) => section.id));
  for (const section of meta.sections) {
    for (const sourceId of section.sourceIds) {
      if (!sourceIds.has(sourceId)) {
        issues.push({
          file: articleFile,
          factId: NO_FACT,
          field: `sections.${section.id}.sourceIds`,
          message: `dangling source id "${sourceId}"`,
        });
      }
    }
  }
  const seenFactIds = new Set<string>();
  for (const fact of facts) {
    if (seenFactIds.has(fact.id)) {
      issues.push({ file: factsFile, factId: fact.id, field: "id", message: "duplicate fact id" });
    }
    seenFactIds.add(fact.id);
    fact.sourceIds.forEach((sourceId, index) => {
      if (!sourceIds.has(sourceId)) {
        issues.push({
          file: factsFile,
          factId: fact.id,
          field: `sourceIds[${index}]`,
          message: `dangling source id "${sourceId}"; known: ${[...sourceIds].join(", ")}`,
        });
      }
    });
    if (!sectionIds.has(fact.section)) {
      issues.push({
        file: factsFile,
        factId: fact.id,
        field: "section",
        message: `unknown section "${fact.section}"; known: ${[...sectionIds].join(", ")}`,
      });
    }
  }
  return issues;
}

export function validateArticleData(input: {
  articleFile: string;
  factsFile: string;
  article: unknown;
  facts: unknown;
  expectedSlug?: string;
}): ArticleValidation {
  const { articleFile, factsFile } = input;
  const meta = articleMetaSchema.safeParse(input.article);
  const { facts, issues } = validateFacts(input.facts, factsFile);
  if (!meta.success) {
    return { article: null, issues: [...zodIssues(meta.error, articleFile, NO_FACT), ...issues] };
  }
  if (input.expectedSlug !== undefined && meta.data.slug !== input.expectedSlug) {
    issues.push({
      file: articleFile,
      factId: NO_FACT,
      field: "slug",
      message: `slug "${meta.data.slug}" must equal the folder name "${input.expectedSlug}"`,
    });
  }
  issues.push(...crossCheck(meta.data, facts, articleFile, factsFile));
  if (Array.isArray(input.facts) && input.facts.length === 0) {
    issues.push({
      file: factsFile,
      factId: NO_FACT,
      field: "facts",
      message: "an article needs at least one fact",
    });
  }
  if (issues.length > 0) return { article: null, issues };
  return { article: { ...meta.data, facts }, issues: [] };
}
