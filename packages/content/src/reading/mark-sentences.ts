import type { Article, Fact } from "../schemas/article-schema";

/** A run of a paragraph: plain text, or a sentence that facts come from (several facts may share one). */
export type ParagraphRun = { text: string; factIds: string[] };

/**
 * Splits a paragraph into runs so each fact's sentence can be marked where it stands. Sentences are found
 * verbatim (content:check guarantees it); where two overlap, the earlier one wins the overlap.
 */
export function markFactSentences(text: string, facts: readonly Fact[]): ParagraphRun[] {
  const spans = new Map<string, { start: number; end: number; factIds: string[] }>();
  for (const fact of facts) {
    const start = text.indexOf(fact.sentence);
    if (start === -1) continue;
    const span = spans.get(fact.sentence) ?? { start, end: start + fact.sentence.length, factIds: [] };
    span.factIds.push(fact.id);
    spans.set(fact.sentence, span);
  }
  const runs: ParagraphRun[] = [];
  let cursor = 0;
  for (const span of [...spans.values()].sort((a, b) => a.start - b.start)) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    if (start > cursor) runs.push({ text: text.slice(cursor, start), factIds: [] });
    runs.push({ text: text.slice(start, span.end), factIds: span.factIds });
    cursor = span.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), factIds: [] });
  return runs;
}

/** Where a fact's sentence stands: its section and paragraph, for the evidence shown after answering. */
export type SentenceLocation = {
  articleSlug: string;
  factId: string;
  sectionId: string;
  sectionHeading: Article["sections"][number]["heading"];
  paragraph: string;
  sentence: string;
  isAssessment: boolean;
};

export function locateFactSentence(article: Article, factId: string): SentenceLocation | undefined {
  const fact = article.facts.find((item) => item.id === factId);
  if (!fact) return undefined;
  const section = article.sections.find((item) => item.id === fact.section);
  const paragraph = section?.body.find((item) => item.text.includes(fact.sentence));
  if (!section || !paragraph) return undefined;
  return {
    articleSlug: article.slug,
    factId,
    sectionId: section.id,
    sectionHeading: section.heading,
    paragraph: paragraph.text,
    sentence: fact.sentence,
    isAssessment: fact.stance.type === "assessment",
  };
}
