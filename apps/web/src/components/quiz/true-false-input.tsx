"use client";

import { useTranslations } from "@/i18n/client";
import { ChoiceRadioGroup } from "./choice-radio-group";

type TrueFalseInputProps = {
  labelledBy: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
  onSubmitShortcut: () => void;
  isShortcutEnabled: boolean;
};

// T and F as well as 1 and 2, for people used to English true/false quizzes.
const LETTER_DIGITS = { t: 1, f: 2 };

export function TrueFalseInput({ value, onChange, ...rest }: TrueFalseInputProps) {
  const t = useTranslations("quiz.trueFalse");
  return (
    <ChoiceRadioGroup
      choices={[
        { value: "true", label: t("true") },
        { value: "false", label: t("false") },
      ]}
      selected={value === null ? null : value ? "true" : "false"}
      onSelect={(choice) => onChange(choice === "true")}
      letterDigits={LETTER_DIGITS}
      {...rest}
    />
  );
}
