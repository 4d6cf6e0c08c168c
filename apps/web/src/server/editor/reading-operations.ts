import "server-only";
import { type Article, factSchema, type ReadingOverride, type TermFact } from "@jiji/content";
import {
  analyse,
  type GlossaryCandidate,
  proposeGlossary,
  readingOverrideProblem,
  splitSentences,
  termFactFromCandidate,
} from "@jiji/content/server";
import type { DraftArticle } from "./editor-draft";
import { furiganaFor } from "./editor-furigana";
import { type OperationError, saveBuiltFactOperation } from "./editor-operations";
import type { EditorChange, EditorRow } from "./editor-store";

type OperationResult = { ok: true; change: EditorChange } | OperationError;

/**
 * Stores (or, with an empty reading, removes) an editor's reading. The draft's text must hold the word and the
 * reading must line up with it. Readings change no question, so a published copy takes the correction at once,
 * with readings recomputed: a student with furigana on sees it without the questions being reviewed again.
 */
export const saveReadingOperation =
  (input: { text: string; reading: string }) =>
  async (row: EditorRow): Promise<OperationResult> => {
    const others = row.article.readingOverrides.filter((override) => override.text !== input.text);
    let overrides: ReadingOverride[];
    if (input.reading === "") {
      if (others.length === row.article.readingOverrides.length)
        return { ok: false, reason: "readingNotFound" };
      overrides = others;
    } else {
      const override = { text: input.text, reading: input.reading };
      const problem = readingOverrideProblem(row.article, override);
      if (problem) return { ok: false, reason: problem };
      overrides = [...others, override];
    }
    const change: EditorChange = { article: { ...row.article, readingOverrides: overrides } };
    if (row.published) {
      const live = row.published.article;
      const article: Article = {
        ...live,
        readingOverrides: overrides.filter((override) => readingOverrideProblem(live, override) === null),
      };
      change.published = { ...row.published, article, furigana: await furiganaFor(article) };
    }
    return { ok: true, change };
  };

export type TermCandidate = GlossaryCandidate & { sentence: string; section: string };

/** propose-glossary over the draft (as `pnpm content:glossary` over a file), each with the first sentence using it. */
export async function glossaryCandidates(article: DraftArticle): Promise<TermCandidate[]> {
  const paragraphs = article.sections.flatMap((section) =>
    section.body.map((paragraph, index) => ({ section, index, text: paragraph.text })),
  );
  const tokens = await Promise.all(paragraphs.map((paragraph) => analyse(paragraph.text)));
  return proposeGlossary(article as Article, tokens).flatMap((candidate) => {
    for (const paragraph of paragraphs) {
      const sentence = splitSentences(paragraph.text).find((span) => span.text.includes(candidate.term));
      if (sentence) return [{ ...candidate, sentence: sentence.text, section: paragraph.section.id }];
    }
    return [];
  });
}

/**
 * Accepts a proposed term: builds its `term` fact from the candidate's sentence and the editor's definition, and
 * saves it through the same operation as any hand-written fact (schema, sentence in the body, revisions).
 */
export const acceptTermOperation =
  (input: {
    term: string;
    reading: string;
    definitionJa: string;
    definitionEn?: string;
    termType: TermFact["termType"];
  }) =>
  async (row: EditorRow): Promise<OperationResult> => {
    const candidate = (await glossaryCandidates(row.article)).find((entry) => entry.term === input.term);
    if (!candidate) return { ok: false, reason: "termNotProposed" };
    if (input.definitionJa.includes(input.term) || input.definitionEn?.includes(input.term))
      return { ok: false, reason: "definitionUsesTerm" };
    // A term is cited like the article's other facts: from its first source.
    const built = factSchema.safeParse({
      sourceIds: [row.article.sources[0]?.id],
      ...termFactFromCandidate({
        term: candidate.term,
        reading: input.reading,
        sentence: candidate.sentence,
        section: candidate.section,
        definition: { ja: input.definitionJa, ...(input.definitionEn ? { en: input.definitionEn } : {}) },
        termType: input.termType,
      }),
    });
    if (!built.success) {
      const issue = built.error.issues[0];
      return { ok: false, reason: "factInvalid", detail: `${issue?.path.join(".")}: ${issue?.message}` };
    }
    return saveBuiltFactOperation(built.data)(row);
  };
