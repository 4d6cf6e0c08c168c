"use client";

import { createContext, type ReactNode, useActionState, useContext, useId } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const FormContext = createContext<{ state: FormState; formId: string }>({ state: {}, formId: "form" });

function useErrorText() {
  const t = useTranslations("editor.errors");
  return (key: string, values: Record<string, string | number> = {}) =>
    t.has(key as never) ? t(key as never, { detail: "", ...values } as never) : t("generic");
}

/**
 * An editor form: its article's slug and version travel as hidden fields (a save over a newer version is refused
 * and said so), errors are announced, and the button shows it is working.
 */
export function EditorForm({
  action,
  target,
  children,
  submitLabel,
  className = "form",
  buttonClassName = "button button--primary",
  confirmText,
  submitName,
  submitValue,
}: {
  action: Action;
  target?: { slug: string; version: number };
  children?: ReactNode;
  submitLabel: string;
  className?: string;
  buttonClassName?: string;
  confirmText?: string;
  submitName?: string;
  submitValue?: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const formId = useId();
  const errorText = useErrorText();
  const t = useTranslations("editor");
  const hasFieldErrors = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length);
  return (
    <FormContext.Provider value={{ state, formId }}>
      <form
        action={formAction}
        className={className}
        noValidate
        onSubmit={(event) => {
          if (confirmText && !window.confirm(confirmText)) event.preventDefault();
        }}
      >
        {target && (
          <>
            <input type="hidden" name="slug" value={target.slug} />
            <input type="hidden" name="version" value={target.version} />
          </>
        )}
        {(state.formError || hasFieldErrors) && (
          <p role="alert" className="form__error editor-error">
            {state.formError ? errorText(state.formError, state.formErrorValues) : t("errors.checkFields")}
          </p>
        )}
        {children}
        <button
          type="submit"
          className={buttonClassName}
          disabled={isPending}
          name={submitName}
          value={submitValue}
        >
          {isPending ? t("saving") : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}

function useField(name: string) {
  const { state, formId } = useContext(FormContext);
  const errorText = useErrorText();
  const id = `${formId}-${name}`;
  const errors = state.fieldErrors?.[name]?.map((key) => errorText(key));
  return { id, errors, value: state.values?.[name] };
}

function Described({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.join(" / ")}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;

export function EditorTextField({
  name,
  label,
  hint,
  type = "text",
  defaultValue,
  index,
  ...rest
}: {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "url" | "date";
  defaultValue?: string;
  /** For repeated fields (source rows): errors show under the first row only. */
  index?: number;
  maxLength?: number;
  autoComplete?: string;
  lang?: string;
}) {
  const field = useField(name);
  const id = index === undefined ? field.id : `${field.id}-${index}`;
  const errors = index === undefined || index === 0 ? field.errors : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={index === undefined ? (field.value ?? defaultValue) : defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...rest}
      />
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function EditorTextArea({
  name,
  label,
  hint,
  defaultValue,
  rows = 6,
  lang,
  className,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  rows?: number;
  lang?: string;
  className?: string;
}) {
  const field = useField(name);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        lang={lang}
        className={className}
        defaultValue={field.value ?? defaultValue}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field.id, hint, field.errors)}
      />
      <Described id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export function EditorSelect({
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
        aria-describedby={describedBy(field.id, undefined, field.errors)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={field.id} errors={field.errors} />
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
