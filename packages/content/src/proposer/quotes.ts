/** A quotation 「…」 and where it stands. */
export type FoundQuote = { content: string; start: number; end: number };

/** Top-level 「…」 quotations (nested 『…』 stay inside), at least two characters long. */
export function findQuotes(sentence: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === "「") {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === "」" && depth > 0) {
      depth--;
      if (depth === 0) {
        const content = sentence.slice(open + 1, i).trim();
        if (content.length >= 2) quotes.push({ content, start: open, end: i + 1 });
      }
    }
  }
  return quotes;
}

/** A quotation followed by と + a verb of saying is someone's words; 「…」 as a name (「ボストーチヌイ」宇宙基地) is not. */
export function isSpeech(sentence: string, quote: FoundQuote): boolean {
  return /^\s*(?:と|などと|とも)(?:[^。]{0,12})(?:述べ|語|話|強調|説明|表明|発言|指摘|主張|訴え|批判|明らかに|言)/.test(
    sentence.slice(quote.end),
  );
}
