"use client";

import { useId, useRef } from "react";
import { useNumberKeyShortcuts } from "./use-number-key-shortcuts";

export type RadioChoice<V extends string> = { value: V; label: string };

type ChoiceRadioGroupProps<V extends string> = {
  /** id of the element that names the group (the question stem). */
  labelledBy: string;
  choices: RadioChoice<V>[];
  selected: V | null;
  onSelect: (value: V) => void;
  onSubmitShortcut: () => void;
  /** False while the answer is being sent, so a stray key cannot change it. */
  isShortcutEnabled: boolean;
  letterDigits?: Record<string, number>;
};

/** Native radios with a visible key number; digits 1–n pick a choice and Enter submits. */
export function ChoiceRadioGroup<V extends string>({
  labelledBy,
  choices,
  selected,
  onSelect,
  onSubmitShortcut,
  isShortcutEnabled,
  letterDigits,
}: ChoiceRadioGroupProps<V>) {
  const name = useId();
  const groupRef = useRef<HTMLFieldSetElement>(null);

  useNumberKeyShortcuts({
    isEnabled: isShortcutEnabled,
    letterDigits,
    onDigit: (digit) => {
      const choice = choices[digit - 1];
      if (!choice) return false;
      onSelect(choice.value);
      // Keep the focused radio and the checked one the same, so arrow keys carry on from the choice.
      const group = groupRef.current;
      if (group && document.activeElement && group.contains(document.activeElement)) {
        group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[digit - 1]?.focus();
      }
      return true;
    },
    onEnter: onSubmitShortcut,
  });

  return (
    <fieldset ref={groupRef} className="quiz-choices" aria-labelledby={labelledBy}>
      {choices.map((choice, index) => (
        <label key={choice.value} className="quiz-choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={selected === choice.value}
            onChange={() => onSelect(choice.value)}
            className="quiz-choice__radio"
          />
          <span className="quiz-choice__key" aria-hidden="true">
            {index + 1}
          </span>
          <span className="quiz-choice__text">{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
