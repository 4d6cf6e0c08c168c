import type { ReactNode } from "react";

/** A box that scrolls sideways, reachable and scrollable by keyboard (axe: scrollable-region-focusable). */
export function ScrollRegion({
  label,
  className = "table-scroll",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard
    <section className={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
