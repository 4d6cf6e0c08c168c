/** One sentence of a paragraph: its text (trimmed) and where it starts in the paragraph. */
export type SentenceSpan = { text: string; start: number };

const ENDS = new Set(["。", "！", "？", "!", "?"]);
const OPEN = new Set(["「", "『", "（", "("]);
const CLOSE = new Set(["」", "』", "）", ")"]);

/**
 * Splits Japanese text after 。！？ and at line breaks, never inside 「…」『…』（…）: a quotation that holds
 * several sentences stays in the sentence that quotes it.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === "\n") {
      depth = 0;
      push(i + 1);
    } else if (depth === 0 && ENDS.has(ch)) push(i + 1);
  }
  push(text.length);
  return spans;
}

/** Paragraphs of pasted text: blank lines separate them; single line breaks inside one are joined. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trim())
        .join(""),
    )
    .filter((paragraph) => paragraph.length > 0);
}
