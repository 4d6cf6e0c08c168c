import { BLANK } from "@jiji/content/browser-constants";

/** `start` is the part's offset in the stem: a stable key for rendering. */
export type StemPart = { text: string; isBlank: boolean; start: number };

/** A cloze stem cut around its 「(  )」 gaps, so each gap can be kept on one line. */
export function splitAtBlanks(text: string): StemPart[] {
  const parts: StemPart[] = [];
  let start = 0;
  text.split(BLANK).forEach((piece, index) => {
    if (index > 0) {
      parts.push({ text: BLANK, isBlank: true, start });
      start += BLANK.length;
    }
    if (piece) parts.push({ text: piece, isBlank: false, start });
    start += piece.length;
  });
  return parts;
}
