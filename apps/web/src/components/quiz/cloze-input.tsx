"use client";

import { useTranslations } from "@/i18n/client";
import { TypedAnswerField } from "./typed-answer-field";

type ClozeInputProps = { text: string; onChange: (text: string) => void; isReadOnly: boolean };

export function ClozeInput({ text, onChange, isReadOnly }: ClozeInputProps) {
  const t = useTranslations("quiz.cloze");
  return (
    <TypedAnswerField
      label={t("label")}
      hint={t("hint")}
      value={text}
      onChange={onChange}
      isReadOnly={isReadOnly}
    />
  );
}
