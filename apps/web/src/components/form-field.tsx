"use client";

import type { InputHTMLAttributes } from "react";
import { useTranslations } from "@/i18n/client";

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose errors are tied to it for screen readers. */
export function FormField({ name, label, hint, errors, ...input }: FormFieldProps) {
  const t = useTranslations("auth.errors");
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.map((key) => t(key)).join(" / ")}
        </p>
      ) : null}
    </div>
  );
}
