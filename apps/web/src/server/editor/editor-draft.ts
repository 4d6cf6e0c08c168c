import {
  type Article,
  articleMetaSchema,
  type Entity,
  type Fact,
  factSchema,
  type Source,
} from "@jiji/content";
import {
  type EditorReview,
  editorReviewSchema,
  type FactProposal,
  furiganaFileSchema,
  splitParagraphs,
} from "@jiji/content/server";
import { z } from "zod";
import type { CreateArticleInput } from "./editor-schemas";

/** The editor's working copy: an article whose facts may still be empty. */
export const draftArticleSchema = articleMetaSchema.extend({ facts: z.array(factSchema).default([]) });
export type DraftArticle = z.infer<typeof draftArticleSchema>;

/** Proposals not yet accepted or discarded, the entities they would bring, and the ids already discarded. */
export const storedProposalsSchema = z.object({
  facts: z.array(z.custom<FactProposal>((value) => typeof value === "object" && value !== null)).default([]),
  entities: z.array(z.custom<Entity>((value) => typeof value === "object" && value !== null)).default([]),
  discarded: z.array(z.string()).default([]),
});
export type StoredProposals = z.infer<typeof storedProposalsSchema>;

/** The published copy: the article, its decisions and its readings for the reading page (computed on publishing). */
export const publishedSnapshotSchema = z.object({
  article: z.custom<Article>((value) => typeof value === "object" && value !== null),
  review: editorReviewSchema,
  furigana: furiganaFileSchema.optional(),
});
export type PublishedSnapshot = z.infer<typeof publishedSnapshotSchema>;

export type Draft = {
  article: DraftArticle;
  proposals: StoredProposals;
  review: EditorReview;
  published: PublishedSnapshot | null;
};

export const EMPTY_PROPOSALS: StoredProposals = { facts: [], entities: [], discarded: [] };

/** Splits the pasted body into sections at lines "## 見出し"; text before the first heading is under the title. */
export function sectionsFromBody(title: string, body: string, sourceIds: string[]): DraftArticle["sections"] {
  const parts: { heading: string; lines: string[] }[] = [{ heading: title, lines: [] }];
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = /^\s*##\s*(.+)$/.exec(line);
    if (heading) parts.push({ heading: heading[1]!.trim(), lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  return parts
    .map((part) => ({ heading: part.heading, paragraphs: splitParagraphs(part.lines.join("\n")) }))
    .filter((part) => part.paragraphs.length > 0)
    .map((part, index) => ({
      id: `section-${index + 1}`,
      heading: { ja: part.heading },
      sourceIds,
      body: part.paragraphs.map((text) => ({ text, isComment: false })),
      conflicts: [],
      editorNotes: [],
    }));
}

/** The article a new draft starts as: no facts or entities yet; every section cites every source. */
export function newDraftArticle(input: CreateArticleInput): DraftArticle {
  const sources: Source[] = input.sources.map((source, index) => ({
    id: `source-${index + 1}`,
    publisher: source.publisher,
    title: source.headline,
    url: source.url,
    publishedDateAsWritten: source.publishedDate,
    publishedDate: source.publishedDate,
    conflicts: [],
    editorNotes: [],
  }));
  return {
    slug: input.slug,
    title: { ja: input.title },
    language: "ja",
    summary: { ja: input.title },
    sources,
    entities: [],
    sections: sectionsFromBody(
      input.title,
      input.body,
      sources.map((source) => source.id),
    ),
    excludedLines: [],
    facts: [],
    readingOverrides: [],
  };
}

/** Adds the entities a fact is about from the proposals, when the article does not have them yet. */
export function withEntitiesFor(
  article: DraftArticle,
  fact: Fact,
  proposed: readonly Entity[],
): DraftArticle {
  const known = new Set(article.entities.map((entity) => entity.id));
  const missing = proposed.filter((entity) => fact.about.includes(entity.id) && !known.has(entity.id));
  return missing.length === 0 ? article : { ...article, entities: [...article.entities, ...missing] };
}
