"use client";

import type { PublicChoice } from "@jiji/content";
import { ChoiceRadioGroup } from "./choice-radio-group";

type SingleChoiceInputProps = {
  labelledBy: string;
  options: PublicChoice[];
  optionId: string | null;
  onChange: (optionId: string) => void;
  onSubmitShortcut: () => void;
  isShortcutEnabled: boolean;
};

export function SingleChoiceInput({ options, optionId, onChange, ...rest }: SingleChoiceInputProps) {
  return (
    <ChoiceRadioGroup
      choices={options.map((option) => ({ value: option.id, label: option.text }))}
      selected={optionId}
      onSelect={onChange}
      {...rest}
    />
  );
}
