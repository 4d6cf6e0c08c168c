"use client";

import { type ReactNode, useId, useState } from "react";

/**
 * A glossary word in the text: its meaning opens on tap or keyboard focus and closes on Escape or blur.
 * It links to the glossary list, so without JavaScript the meaning is one jump away.
 */
export function GlossaryTerm({
  termId,
  definition,
  definitionLang,
  children,
}: {
  termId: string;
  definition: string;
  definitionLang?: string;
  children: ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  const tooltipId = useId();
  return (
    <span className="glossary-term">
      <a
        href={`#glossary-${termId}`}
        className="glossary-term__link"
        aria-describedby={tooltipId}
        aria-expanded={isOpen}
        onClick={(event) => {
          event.preventDefault();
          setOpen(!isOpen);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      >
        {children}
      </a>
      <span
        id={tooltipId}
        role="tooltip"
        className="glossary-term__popover"
        hidden={!isOpen}
        lang={definitionLang}
      >
        {definition}
      </span>
    </span>
  );
}
