"use client";

import { useEffect, useEffectEvent } from "react";
import { isEnterActivatedTarget, isTextEntryTarget, readDigitKey } from "./shortcut-keys";

type ShortcutHandlers = {
  isEnabled: boolean;
  /** Called with 1–9; return true when the digit picked something. */
  onDigit: (digit: number) => boolean;
  /** Extra letter keys (lower case), e.g. { t: 1, f: 2 } for true/false. */
  letterDigits?: Record<string, number>;
  onEnter: () => void;
};

/**
 * Page-wide keys for choice questions: digits pick an option and Enter submits.
 * Ignored while typing in a field or with a modifier held, and Enter on a button or link keeps its own meaning.
 */
export function useNumberKeyShortcuts({ isEnabled, onDigit, letterDigits, onEnter }: ShortcutHandlers) {
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (isTextEntryTarget(target)) return;
    if (event.key === "Enter") {
      if (isEnterActivatedTarget(target)) return;
      event.preventDefault();
      onEnter();
      return;
    }
    const digit = readDigitKey(event) ?? letterDigits?.[event.key.toLowerCase()] ?? null;
    if (digit !== null && onDigit(digit)) event.preventDefault();
  });

  useEffect(() => {
    if (!isEnabled) return;
    const listener = (event: KeyboardEvent) => handleKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [isEnabled]);
}
