import "server-only";
import { type Article, type Entity, type Fact, REJECTION_REASONS } from "@jiji/content";
import {
  type EditorDecision,
  type EditorReview,
  formatIssue,
  loadAnalyser,
  proposeFacts,
  questionFingerprint,
  type ReviewedQuestion,
  retiredAfterPublishing,
  reviewEditorBank,
  reviseCorrectedFacts,
  servedEditorQuestions,
  tokenize,
  validateArticleData,
} from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { type FormMessage, message } from "@/components/form/form-state";
import { type DraftArticle, withEntitiesFor } from "./editor-draft";
import { furiganaFor } from "./editor-furigana";
import { type EditorChange, type EditorRow, findEditorArticle, writeEditorChange } from "./editor-store";
import { type FactFormValues, factFormFieldNames, parseFactForm } from "./fact-form-values";

/** A refusal: a message key (with a detail), and message values per form field when the posted fields are wrong. */
export type OperationError = {
  ok: false;
  reason: string;
  detail?: string;
  fieldErrors?: Record<string, FormMessage[]>;
};
type Operation = (row: EditorRow) => Promise<{ ok: true; change: EditorChange } | OperationError>;

/**
 * Loads the article, refuses a stale version at once (before any work), runs the operation and writes its change
 * over that version only. Nothing is written when the operation refuses.
 */
export async function applyEditorOperation(
  db: Database,
  userId: string,
  target: { slug: string; version: number },
  operation: Operation,
): Promise<{ ok: true; version: number } | OperationError> {
  const row = await findEditorArticle(db, target.slug);
  if (!row) return { ok: false, reason: "notFound" };
  if (row.version !== target.version) return { ok: false, reason: "versionConflict" };
  const result = await operation(row);
  if (!result.ok) return result;
  return writeEditorChange(db, target.slug, target.version, userId, result.change);
}

/** Keeps revisions in step with the published copy: a corrected fact gets the next revision (new question ids). */
function revised(article: DraftArticle, row: EditorRow): DraftArticle {
  if (!row.published || article.facts.length === 0) return article;
  return reviseCorrectedFacts(article as Article, row.published.article) as DraftArticle;
}

/** The whole article checked as the shipped ones are; the first problems are reported. */
export function validateDraft(article: DraftArticle): { article: Article } | OperationError {
  if (article.facts.length === 0) return { ok: false, reason: "noFacts" };
  const result = validateArticleData({
    file: `editor/${article.slug}`,
    data: article,
    expectedSlug: article.slug,
  });
  if (!result.article) {
    return {
      ok: false,
      reason: "articleInvalid",
      detail: result.issues.slice(0, 3).map(formatIssue).join("\n"),
    };
  }
  return { article: result.article };
}

export const proposeOperation: Operation = async (row) => {
  const tokenizer = await loadAnalyser();
  const source = row.article.sources[0];
  const publishedDate = source?.publishedDate;
  if (!publishedDate) return { ok: false, reason: "sourceDateRequired" };
  const proposals = proposeFacts(
    {
      sourceId: source.id,
      publishedDate,
      sections: row.article.sections.map((section) => ({
        id: section.id,
        paragraphs: section.body.filter((p) => !p.isComment).map((p) => p.text),
      })),
    },
    (text) => tokenize(tokenizer, text),
  );
  const accepted = new Set(row.article.facts.map((fact) => fact.id));
  const discarded = new Set(row.proposals.discarded);
  return {
    ok: true,
    change: {
      proposals: {
        facts: proposals.facts.filter((p) => !accepted.has(p.id) && !discarded.has(p.id)),
        entities: proposals.entities,
        discarded: row.proposals.discarded,
      },
    },
  };
};

function accept(
  row: EditorRow,
  ids: ReadonlySet<string>,
): { ok: true; change: EditorChange } | OperationError {
  const chosen = row.proposals.facts.filter((proposal) => ids.has(proposal.id));
  if (chosen.length === 0) return { ok: false, reason: "proposalNotFound" };
  let article = row.article;
  for (const { fact } of chosen) {
    article = withEntitiesFor(article, fact, row.proposals.entities);
    article = { ...article, facts: [...article.facts.filter((f) => f.id !== fact.id), fact] };
  }
  return {
    ok: true,
    change: {
      article: revised(article, row),
      proposals: { ...row.proposals, facts: row.proposals.facts.filter((p) => !ids.has(p.id)) },
    },
  };
}

export const acceptProposalOperation =
  (proposalId: string): Operation =>
  async (row) =>
    accept(row, new Set([proposalId]));

export const acceptAllProposalsOperation: Operation = async (row) =>
  accept(row, new Set(row.proposals.facts.map((proposal) => proposal.id)));

export const discardProposalOperation =
  (proposalId: string): Operation =>
  async (row) => {
    if (!row.proposals.facts.some((proposal) => proposal.id === proposalId))
      return { ok: false, reason: "proposalNotFound" };
    return {
      ok: true,
      change: {
        proposals: {
          ...row.proposals,
          facts: row.proposals.facts.filter((proposal) => proposal.id !== proposalId),
          discarded: [...row.proposals.discarded, proposalId],
        },
      },
    };
  };

/**
 * A fact written by hand, an accepted fact edited (`replaces` its id) or a proposal edited before it is accepted
 * (`proposalId`): the posted fields are parsed into a fact (fact schema, sentence in the body, known entities and
 * sources); bad fields come back per field and nothing is written.
 */
export const saveFactOperation =
  (input: { kind?: string; values: FactFormValues; replaces?: string; proposalId?: string }): Operation =>
  async (row) => {
    const proposal = input.proposalId
      ? row.proposals.facts.find((candidate) => candidate.id === input.proposalId)
      : undefined;
    if (input.proposalId && !proposal) return { ok: false, reason: "proposalNotFound" };
    const existing = input.replaces
      ? row.article.facts.find((fact) => fact.id === input.replaces)
      : undefined;
    if (input.replaces && !existing) return { ok: false, reason: "factNotFound" };
    const parsed = parseFactForm(input.kind, input.values, {
      sections: row.article.sections,
      entityIds: new Set([...row.article.entities, ...row.proposals.entities].map((entity) => entity.id)),
      sourceIds: new Set(row.article.sources.map((source) => source.id)),
      existing: existing ?? proposal?.fact,
    });
    if (!parsed.ok) return { ok: false, reason: "checkFields", fieldErrors: parsed.fieldErrors };
    return storeFact(row, parsed.fact, existing, proposal);
  };

/** A whole fact built on the server (an accepted glossary term): stored by the same rules as a fact from the form. */
export const saveBuiltFactOperation =
  (fact: Fact): Operation =>
  async (row) =>
    storeFact(row, fact);

/**
 * Adds a fact or replaces `existing`, taking its proposal off the list: refused when its id is taken or when the
 * article checks find a problem in it; its entities join the article.
 */
function storeFact(
  row: Parameters<Operation>[0],
  fact: Fact,
  existing?: Fact,
  proposal?: { id: string },
): ReturnType<Operation> | Awaited<ReturnType<Operation>> {
  if (row.article.facts.some((other) => other.id === fact.id && other.id !== existing?.id))
    return { ok: false, reason: "checkFields", fieldErrors: { id: [message("factIdTaken")] } };
  let article = withEntitiesFor(row.article, fact, row.proposals.entities);
  article = {
    ...article,
    facts: existing
      ? article.facts.map((other) => (other.id === existing.id ? fact : other))
      : [...article.facts, fact],
  };
  const refused = articleCheckOf(article, fact);
  if (refused) return refused;
  return {
    ok: true,
    change: {
      article: revised(article, row),
      ...(proposal
        ? {
            proposals: {
              ...row.proposals,
              facts: row.proposals.facts.filter((candidate) => candidate.id !== proposal.id),
            },
          }
        : {}),
    },
  };
}

/**
 * The article checks of the shipped content (a value standing once in the statement, a tolerance only with 約, …)
 * for the saved fact only: its problems are named beside its fields, the article's other drafts do not block it.
 */
function articleCheckOf(article: DraftArticle, fact: Fact): OperationError | undefined {
  const checked = validateArticleData({
    file: `editor/${article.slug}`,
    data: article,
    expectedSlug: article.slug,
  });
  const own = checked.article ? [] : checked.issues.filter((issue) => issue.factId === fact.id);
  if (own.length === 0) return undefined;
  const shown = new Set(factFormFieldNames(fact.kind));
  const fieldErrors: Record<string, FormMessage[]> = {};
  for (const issue of own) {
    const name = issue.field.replace(/\[\d+\].*$/, "");
    const field = [name, `${name}.value`, `${name}.type`, `${name}.ja`].find((candidate) =>
      shown.has(candidate),
    );
    if (field) fieldErrors[field] = [message("articleCheck")];
  }
  return {
    ok: false,
    reason: "articleInvalid",
    detail: own
      .slice(0, 3)
      .map((issue) => `${issue.field}: ${issue.message}`)
      .join("\n"),
    fieldErrors,
  };
}

export const removeFactOperation =
  (factId: string): Operation =>
  async (row) => {
    if (!row.article.facts.some((fact) => fact.id === factId)) return { ok: false, reason: "factNotFound" };
    return {
      ok: true,
      change: { article: { ...row.article, facts: row.article.facts.filter((fact) => fact.id !== factId) } },
    };
  };

/** Name, reading (analysers misread names: 金正恩 → キムタダシオン) and titles of an entity, accepted or proposed. */
export const saveEntityOperation =
  (input: { entityId: string; name: string; reading: string; titles: string }): Operation =>
  async (row) => {
    const update = (entity: Entity): Entity =>
      entity.id === input.entityId
        ? {
            ...entity,
            name: input.name,
            reading: input.reading.replace(/\s/g, "") || undefined,
            titles: input.titles
              .split(/[、,]/)
              .map((title) => title.trim())
              .filter(Boolean),
          }
        : entity;
    const inArticle = row.article.entities.some((entity) => entity.id === input.entityId);
    const inProposals = row.proposals.entities.some((entity) => entity.id === input.entityId);
    if (!inArticle && !inProposals) return { ok: false, reason: "entityNotFound" };
    return {
      ok: true,
      change: {
        article: { ...row.article, entities: row.article.entities.map(update) },
        proposals: { ...row.proposals, entities: row.proposals.entities.map(update) },
      },
    };
  };

/** The preview: the same generator and checks as the shipped bank, with this article's decisions. */
export function previewQuestions(row: EditorRow): { questions: ReviewedQuestion[] } | OperationError {
  const validated = validateDraft(row.article);
  if ("ok" in validated) return validated;
  return { questions: reviewEditorBank(validated.article, row.review) };
}

export const reviewQuestionOperation =
  (input: {
    questionId: string;
    verdict: "approve" | "reject";
    reason?: string;
    stem?: string;
    explanation?: string;
  }): Operation =>
  async (row) => {
    const validated = validateDraft(row.article);
    if ("ok" in validated) return validated;
    const generated = reviewEditorBank(validated.article, { questions: {} }).find(
      (entry) => entry.question.id === input.questionId,
    );
    if (!generated) return { ok: false, reason: "questionNotFound" };
    const reason = REJECTION_REASONS.find((candidate) => candidate === input.reason);
    if (input.verdict === "reject" && !reason) return { ok: false, reason: "reasonRequired" };
    const decision: EditorDecision = {
      status: input.verdict === "approve" ? "approved" : "rejected",
      ...(input.verdict === "reject" ? { reason } : {}),
      fingerprint: questionFingerprint(generated.question),
      ...(input.stem && input.stem !== generated.question.stem.ja ? { stem: input.stem } : {}),
      ...(input.explanation && input.explanation !== generated.question.explanation.ja
        ? { explanation: input.explanation }
        : {}),
    };
    const review: EditorReview = { questions: { ...row.review.questions, [input.questionId]: decision } };
    return { ok: true, change: { review } };
  };

/**
 * Publishes the checked article with its decisions. Questions of the previous publication that are no longer
 * generated (a corrected fact's) are kept as retired, so histories stay readable.
 */
export const publishOperation: Operation = async (row) => {
  const validated = validateDraft(row.article);
  if ("ok" in validated) return validated;
  const served = servedEditorQuestions(reviewEditorBank(validated.article, row.review));
  if (served.length === 0) return { ok: false, reason: "nothingApproved" };
  return {
    ok: true,
    change: {
      status: "published",
      publishedAt: new Date(),
      // Readings are computed here, not on the reading page, which never loads the analyser's dictionary.
      published: {
        article: validated.article,
        review: row.review,
        furigana: await furiganaFor(validated.article),
      },
      retired: retiredAfterPublishing(row.published?.article ?? null, validated.article, row.retired),
    },
  };
};

/** Hidden from the library and new quizzes; the published copy stays so every history reads as it was. */
export const unpublishOperation: Operation = async (row) => {
  if (row.status !== "published") return { ok: false, reason: "notPublished" };
  return { ok: true, change: { status: "draft" } };
};
