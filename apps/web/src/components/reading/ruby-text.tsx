import type { ReadingPart } from "@jiji/content/server";

/**
 * Text with its readings as <ruby> when furigana is on; without furigana no reading reaches the page at all.
 * No <rp> fallback brackets: every browser the app supports lays out ruby, and on a long article they were a third
 * of the page's elements.
 */
export function RubyText({ parts, showFurigana }: { parts: readonly ReadingPart[]; showFurigana: boolean }) {
  return (
    <>
      {parts.map((part, index) =>
        showFurigana && part.reading ? (
          <ruby key={index}>
            {part.text}
            <rt>{part.reading}</rt>
          </ruby>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
