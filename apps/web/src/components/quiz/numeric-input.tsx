"use client";

import { useTranslations } from "@/i18n/client";
import { TypedAnswerField } from "./typed-answer-field";

type NumericInputProps = {
  unit: string;
  value: string;
  onChange: (value: string) => void;
  isReadOnly: boolean;
};

// A plain text box, not type="number": answers such as 「1万1000」 must be typable.
export function NumericInput({ unit, value, onChange, isReadOnly }: NumericInputProps) {
  const t = useTranslations("quiz.numeric");
  return (
    <TypedAnswerField
      label={t("label")}
      hint={t("hint")}
      suffix={unit || undefined}
      value={value}
      onChange={onChange}
      isReadOnly={isReadOnly}
    />
  );
}
