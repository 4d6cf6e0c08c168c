import type { ReadingPart } from "@jiji/content/server";

/** Text with its readings as <ruby> when furigana is on; without furigana no reading reaches the page at all. */
export function RubyText({ parts, showFurigana }: { parts: readonly ReadingPart[]; showFurigana: boolean }) {
  return (
    <>
      {parts.map((part, index) =>
        showFurigana && part.reading ? (
          <ruby key={index}>
            {part.text}
            <rp>(</rp>
            <rt>{part.reading}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
