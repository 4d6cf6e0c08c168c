import { Fragment } from "react";
import { splitAtBlanks } from "@/lib/split-at-blanks";

/** A question stem whose 「(  )」 gaps never break across lines (styled by `.quiz-blank`). */
export function StemText({ text }: { text: string }) {
  return splitAtBlanks(text).map((part) =>
    part.isBlank ? (
      <span key={part.start} className="quiz-blank">
        {part.text}
      </span>
    ) : (
      <Fragment key={part.start}>{part.text}</Fragment>
    ),
  );
}
