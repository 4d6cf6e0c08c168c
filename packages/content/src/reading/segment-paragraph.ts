import type { Fact, TermFact } from "../schemas/article-schema";
import type { Ruby } from "./furigana-data";
import { markFactSentences } from "./mark-sentences";

/** Text with its reading where it has one (rendered as <ruby> when furigana is on). */
export type ReadingPart = { text: string; reading?: string };
/** A glossary term (linked to its definition) or plain text, each made of parts. */
export type ReadingPiece = { termId?: string; parts: ReadingPart[] };
/** A fact's sentence (factIds set) or text between such sentences. */
export type ReadingRun = { factIds: string[]; pieces: ReadingPiece[] };

type Span = { start: number; end: number };
/** What linking needs of a term fact (glossaryOf(article)). */
type LinkedTerm = Pick<TermFact, "id" | "term">;

/** Cuts [start, end) into parts at the rubies that lie wholly inside it; a ruby across a boundary is dropped. */
function partsOf(text: string, span: Span, rubies: readonly Ruby[]): ReadingPart[] {
  const parts: ReadingPart[] = [];
  let cursor = span.start;
  for (const [start, end, reading] of rubies) {
    if (start < cursor || end > span.end) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start) });
    parts.push({ text: text.slice(start, end), reading });
    cursor = end;
  }
  if (cursor < span.end) parts.push({ text: text.slice(cursor, span.end) });
  return parts;
}

/** The first occurrence of each term inside the span (longest terms first, no overlaps): linked once per run. */
function termSpans(text: string, span: Span, terms: readonly LinkedTerm[]): (Span & { termId: string })[] {
  const found: (Span & { termId: string })[] = [];
  for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    const start = text.slice(span.start, span.end).indexOf(term.term);
    if (start === -1) continue;
    const at = { start: span.start + start, end: span.start + start + term.term.length, termId: term.id };
    if (!found.some((other) => other.start < at.end && at.start < other.end)) found.push(at);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One paragraph of the reading page: fact sentences marked, glossary terms linked, readings attached. */
export function segmentParagraph(
  text: string,
  options: { facts: readonly Fact[]; rubies?: readonly Ruby[]; terms?: readonly LinkedTerm[] },
): ReadingRun[] {
  const rubies = options.rubies ?? [];
  let offset = 0;
  return markFactSentences(text, options.facts).map((run) => {
    const span = { start: offset, end: offset + run.text.length };
    offset = span.end;
    const pieces: ReadingPiece[] = [];
    let cursor = span.start;
    for (const term of termSpans(text, span, options.terms ?? [])) {
      if (term.start > cursor)
        pieces.push({ parts: partsOf(text, { start: cursor, end: term.start }, rubies) });
      pieces.push({ termId: term.termId, parts: partsOf(text, term, rubies) });
      cursor = term.end;
    }
    if (cursor < span.end) pieces.push({ parts: partsOf(text, { start: cursor, end: span.end }, rubies) });
    return { factIds: run.factIds, pieces };
  });
}
