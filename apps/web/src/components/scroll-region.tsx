import type { ReactNode } from "react";

/** The sideways-scrolling box around a wide table: named and in the Tab order, so a keyboard can scroll it too. */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus for arrow-key scrolling (WCAG 2.1.1).
    <section aria-label={label} tabIndex={0} className={className}>
      {children}
    </section>
  );
}
