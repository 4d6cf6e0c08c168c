"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** A page's h1 that takes focus on arrival: after a client-side move, screen readers and Tab start here. */
export function FocusedHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
