"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormValues } from "@/lib/form-data-values";

/** What every input of one fact form reads: its id prefix, the values to start from and the errors per field. */
export const FactInputContext = createContext<{
  formId: string;
  values: FormValues;
  errors: Record<string, string[]>;
}>({ formId: "fact", values: {}, errors: {} });

export function useFactField(name: string) {
  const { formId, values, errors } = useContext(FactInputContext);
  const t = useTranslations("editor");
  const id = `${formId}-${name.replace(/\./g, "-")}`;
  const messages = (errors[name] ?? []).map((key) =>
    t.has(`errors.${key}`) ? t(`errors.${key}`, { detail: "" }) : t("errors.generic"),
  );
  return { id, values: values[name] ?? [], first: values[name]?.[0] ?? "", errors: messages };
}

export const describedBy = (id: string, hint?: string, errors: string[] = []) =>
  [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(" ") || undefined;

export function HintAndErrors({ id, hint, errors }: { id: string; hint?: string; errors: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="field__error">
          {errors.join(" / ")}
        </p>
      )}
    </>
  );
}

type Common = { name: string; label: string; hint?: string; isRequired?: boolean };

function Label({ htmlFor, label, isRequired }: { htmlFor: string; label: string; isRequired?: boolean }) {
  const t = useTranslations("editor.factForm");
  return (
    <label htmlFor={htmlFor}>
      {label}
      {isRequired && <span className="fact-form__required"> {t("required")}</span>}
    </label>
  );
}

export function FactTextInput({
  name,
  label,
  hint,
  isRequired,
  isLong = false,
  list,
  inputMode,
  placeholder,
  readOnly,
  lang = "ja",
}: Common & {
  isLong?: boolean;
  list?: string;
  inputMode?: "decimal" | "numeric";
  placeholder?: string;
  readOnly?: boolean;
  lang?: string;
}) {
  const field = useFactField(name);
  const shared = {
    id: field.id,
    name,
    defaultValue: field.first,
    lang,
    "aria-invalid": field.errors.length > 0 ? true : undefined,
    "aria-describedby": describedBy(field.id, hint, field.errors),
  };
  return (
    <div className="field">
      <Label htmlFor={field.id} label={label} isRequired={isRequired} />
      {isLong ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input
          {...shared}
          type="text"
          list={list}
          inputMode={inputMode}
          placeholder={placeholder}
          readOnly={readOnly}
        />
      )}
      <HintAndErrors id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export function FactCheckbox({ name, label, hint }: Common) {
  const field = useFactField(name);
  return (
    <div className="field fact-form__checkbox">
      <label className="choice">
        <input
          type="checkbox"
          id={field.id}
          name={name}
          defaultChecked={field.values.includes("on")}
          aria-describedby={describedBy(field.id, hint, field.errors)}
        />
        {label}
      </label>
      <HintAndErrors id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

export function FactSelect({
  name,
  label,
  hint,
  isRequired,
  options,
  groups = [],
  placeholder,
  value,
  onChange,
}: Common & {
  options: SelectOption[];
  groups?: SelectGroup[];
  /** The empty first choice ("選んでください"); none when a value is always chosen. */
  placeholder?: string;
  /** Set for a controlled select (the kind); otherwise the form's value is the default. */
  value?: string;
  onChange?: (value: string) => void;
}) {
  const field = useFactField(name);
  const known = [...options, ...groups.flatMap((group) => group.options)].some(
    (option) => option.value === field.first,
  );
  return (
    <div className="field">
      <Label htmlFor={field.id} label={label} isRequired={isRequired} />
      <select
        id={field.id}
        name={name}
        {...(value === undefined
          ? { defaultValue: field.first }
          : { value, onChange: (event) => onChange?.(event.target.value) })}
        aria-invalid={field.errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(field.id, hint, field.errors)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {/* A value no option holds (an edited fact's sentence) stays choosable. */}
        {!known && field.first !== "" && <option value={field.first}>{field.first}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <HintAndErrors id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

/** Checkboxes posting one value each under the same name (the fact's sources). */
export function FactCheckboxGroup({
  name,
  label,
  hint,
  isRequired,
  options,
}: Common & { options: SelectOption[] }) {
  const field = useFactField(name);
  const t = useTranslations("editor.factForm");
  return (
    <fieldset
      className="choice-group fact-form__group"
      aria-describedby={describedBy(field.id, hint, field.errors)}
    >
      <legend>
        {label}
        {isRequired && <span className="fact-form__required"> {t("required")}</span>}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            defaultChecked={field.values.includes(option.value)}
          />
          {option.label}
        </label>
      ))}
      <HintAndErrors id={field.id} hint={hint} errors={field.errors} />
    </fieldset>
  );
}

type Row = { key: number; value: string };

/**
 * A field holding several values: one row per value, each with its remove button, and a button adding a row (focus
 * moves into the new row). Every row posts under the same name; empty rows are ignored by the server.
 */
export function FactListField({
  name,
  label,
  hint,
  isRequired,
  renderInput,
}: Common & {
  /** One row's input; text by default (a select for entities). */
  renderInput?: (props: {
    id: string;
    name: string;
    defaultValue: string;
    "aria-label": string;
    "aria-invalid"?: boolean;
  }) => ReactNode;
}) {
  const field = useFactField(name);
  const t = useTranslations("editor.factForm");
  const nextKey = useRef(0);
  const row = (value: string): Row => ({ key: nextKey.current++, value });
  const [rows, setRows] = useState<Row[]>(() =>
    (field.values.length > 0 ? field.values : [""]).map((value) => row(value)),
  );
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusKey === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const invalid = field.errors.length > 0 ? true : undefined;
  return (
    <fieldset className="fact-form__list" aria-describedby={describedBy(field.id, hint, field.errors)}>
      <legend>
        {label}
        {isRequired && <span className="fact-form__required"> {t("required")}</span>}
      </legend>
      <ul ref={listRef}>
        {rows.map((current, index) => {
          const rowLabel = t("row", { field: label, n: index + 1 });
          const props = {
            id: index === 0 ? field.id : `${field.id}-${current.key}`,
            name,
            defaultValue: current.value,
            "aria-label": rowLabel,
            "aria-invalid": invalid,
            "data-row": current.key,
          };
          return (
            <li key={current.key} className="fact-form__row">
              {renderInput ? renderInput(props) : <input type="text" lang="ja" {...props} />}
              <button
                type="button"
                className="button button--ghost fact-form__remove"
                aria-label={t("removeRow", { row: rowLabel })}
                onClick={() => {
                  const rest = rows.filter((other) => other.key !== current.key);
                  const next = rest.length > 0 ? rest : [row("")];
                  setRows(next);
                  setFocusKey(next[Math.min(index, next.length - 1)]!.key);
                }}
              >
                {t("remove")}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => {
          const added = row("");
          setRows([...rows, added]);
          setFocusKey(added.key);
        }}
      >
        {t("addRow", { field: label })}
      </button>
      <HintAndErrors id={field.id} hint={hint} errors={field.errors} />
    </fieldset>
  );
}
