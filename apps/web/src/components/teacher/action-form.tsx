"use client";

import { createContext, type ReactNode, useActionState, useContext, useId } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Params = Record<string, string | number>;

const FormContext = createContext<{ state: FormState; formId: string; params: Params }>({
  state: {},
  formId: "form",
  params: {},
});

/** Message keys may carry one number ("poolTooSmall|12"); unknown keys fall back to a generic message. */
export function useErrorText() {
  const t = useTranslations("teacher.errors");
  return (key: string, params: Params = {}) => {
    const [name, count] = key.split("|");
    const values = { ...params, ...(count !== undefined ? { count: Number(count) } : {}) };
    return t.has(name as never) ? t(name as never, values as never) : t("generic");
  };
}

/** A server-action form with an error summary; fields below read their errors and echoed values from it. */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  className = "form",
  buttonClassName = "button button--primary",
  params = {},
  confirmText,
}: {
  action: Action;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  buttonClassName?: string;
  /** Values for error messages, e.g. a formatted due date. */
  params?: Params;
  confirmText?: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const formId = useId();
  const errorText = useErrorText();
  const t = useTranslations("teacher");
  const hasFieldErrors = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length);
  return (
    <FormContext.Provider value={{ state, formId, params }}>
      <form
        action={formAction}
        className={className}
        noValidate
        onSubmit={(event) => {
          if (confirmText && !window.confirm(confirmText)) event.preventDefault();
        }}
      >
        {(state.formError || hasFieldErrors) && (
          <p role="alert" className="form__error">
            {state.formError ? errorText(state.formError, params) : t("errors.checkFields")}
          </p>
        )}
        {children}
        <button type="submit" className={buttonClassName} disabled={isPending}>
          {isPending ? (pendingLabel ?? submitLabel) : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}

function useField(name: string) {
  const { state, formId, params } = useContext(FormContext);
  const errorText = useErrorText();
  const id = `${formId}-${name}`;
  const errors = state.fieldErrors?.[name]?.map((key) => errorText(key, params));
  return { id, errors, value: state.values?.[name] };
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={`${id}-error`} className="field__error">
      {errors.join(" / ")}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  type = "text",
  defaultValue,
  ...rest
}: {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "datetime-local" | "number";
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  autoComplete?: string;
  inputMode?: "text" | "numeric";
}) {
  const field = useField(name);
  const describedBy = [hint && `${field.id}-hint`, field.errors?.length && `${field.id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input
        id={field.id}
        name={name}
        type={type}
        defaultValue={field.value ?? defaultValue}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
      {hint && (
        <p id={`${field.id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={field.id} errors={field.errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const field = useField(name);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select
        id={field.id}
        name={name}
        defaultValue={field.value ?? defaultValue}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={field.errors?.length ? `${field.id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={field.id} errors={field.errors} />
    </div>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
