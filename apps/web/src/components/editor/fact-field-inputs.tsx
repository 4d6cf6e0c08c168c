"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import {
  CheckboxField,
  ChoiceGroup,
  describedBy,
  Field,
  FieldNotes,
  SelectField,
  type SelectGroup,
  type SelectOption,
  TextAreaField,
  useField,
} from "@/components/form/fields";
import type { InputLimits } from "@/components/form/input-limits";
import { useTranslations } from "@/i18n/client";
import type { FactFormValues } from "@/server/editor/fact-form-values";

// The fact form's inputs, composed from the form kit's fields: ids, errors (message values from the ActionForm's
// state) and aria wiring come from the kit. What this file adds is what the kit has no field for: the values to
// start from as lists (a saved fact, or what a refused save posted), the "required" mark, and rows of a list.

export type { SelectGroup, SelectOption };

/** The values every input of one fact form starts from: a saved fact's, or what a refused save posted. */
const FactValuesContext = createContext<FactFormValues>({});

/** Every input's bounds by name, read from the zod schemas on the server (factFormLimits). */
const FactLimitsContext = createContext<Record<string, InputLimits>>({});

/** What the inputs of one fact form start from (`values`) and may hold (`limits`), by input name. */
export function FactInputs({
  values,
  limits,
  children,
}: {
  values: FactFormValues;
  limits: Record<string, InputLimits>;
  children: ReactNode;
}) {
  return (
    <FactValuesContext.Provider value={values}>
      <FactLimitsContext.Provider value={limits}>{children}</FactLimitsContext.Provider>
    </FactValuesContext.Provider>
  );
}

/**
 * The length bounds of a text input. Number fields are text inputs too (full-width digits and separators are
 * typed), where `min`/`max` mean nothing: a number's range is said by its error message instead.
 */
function useLengthLimits(name: string): Pick<InputLimits, "minLength" | "maxLength"> {
  const { minLength, maxLength } = useContext(FactLimitsContext)[name] ?? {};
  return { minLength, maxLength };
}

function useStartValues(name: string) {
  const values = useContext(FactValuesContext)[name] ?? [];
  return { values, first: values[0] ?? "" };
}

type Common = { name: string; label: string; hint?: string; isRequired?: boolean };

/** A field's label with "（必須）" after it when the schema requires the field. */
export function RequiredLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  const t = useTranslations("editor.factForm");
  return (
    <>
      {label}
      {isRequired ? <span className="fact-form__required"> {t("required")}</span> : null}
    </>
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
  const start = useStartValues(name);
  const limits = useLengthLimits(name);
  const labelled = {
    name,
    label: <RequiredLabel label={label} isRequired={isRequired} />,
    hint,
    lang,
    limits,
  };
  return isLong ? (
    <TextAreaField {...labelled} defaultValue={start.first} rows={3} />
  ) : (
    <Field
      {...labelled}
      type="text"
      defaultValue={start.first}
      list={list}
      inputMode={inputMode}
      placeholder={placeholder}
      readOnly={readOnly}
    />
  );
}

/** One checkbox with its hint and errors tied to it (the kit's CheckboxField with the kit's notes). */
export function FactCheckbox({ name, label, hint }: Common) {
  const field = useField(name);
  const start = useStartValues(name);
  return (
    <div className="field fact-form__checkbox">
      <CheckboxField
        name={name}
        value="on"
        id={field.id}
        defaultChecked={start.values.includes("on")}
        {...describedBy(field.id, hint, field.errors)}
      >
        {label}
      </CheckboxField>
      <FieldNotes id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

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
  const start = useStartValues(name);
  const known = [...options, ...groups.flatMap((group) => group.options)].some(
    (option) => option.value === start.first,
  );
  return (
    <SelectField
      name={name}
      label={<RequiredLabel label={label} isRequired={isRequired} />}
      hint={hint}
      placeholder={placeholder}
      // A value no option holds (an edited fact's sentence) stays choosable.
      options={
        !known && start.first !== "" ? [{ value: start.first, label: start.first }, ...options] : options
      }
      groups={groups}
      {...(value === undefined
        ? { defaultValue: start.first }
        : { value, onChange: (event) => onChange?.(event.target.value) })}
    />
  );
}

/** Checkboxes posting one value each under the same name (the fact's sources): the kit's ChoiceGroup. */
export function FactCheckboxGroup({
  name,
  label,
  hint,
  isRequired,
  options,
}: Common & { options: SelectOption[] }) {
  const start = useStartValues(name);
  return (
    <ChoiceGroup
      name={name}
      legend={<RequiredLabel label={label} isRequired={isRequired} />}
      hint={hint}
      className="choice-group fact-form__group"
    >
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          name={name}
          value={option.value}
          defaultChecked={start.values.includes(option.value)}
        >
          {option.label}
        </CheckboxField>
      ))}
    </ChoiceGroup>
  );
}

type Row = { key: number; value: string };

/**
 * A field holding several values: one row per value, each with its remove button, and a button adding a row (focus
 * moves into the new row, or to the row that took a removed one's place). Every row posts under the same name;
 * empty rows are ignored by the server. The kit gives the group its id, errors and aria wiring.
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
  const field = useField(name);
  const start = useStartValues(name);
  const limits = useLengthLimits(name);
  const t = useTranslations("editor.factForm");
  const nextKey = useRef(0);
  const row = (value: string): Row => ({ key: nextKey.current++, value });
  const [rows, setRows] = useState<Row[]>(() =>
    (start.values.length > 0 ? start.values : [""]).map((value) => row(value)),
  );
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusKey === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const invalid = field.errors ? true : undefined;
  return (
    <fieldset
      className="fact-form__list"
      aria-describedby={describedBy(field.id, hint, field.errors)["aria-describedby"]}
    >
      <legend>
        <RequiredLabel label={label} isRequired={isRequired} />
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
              {renderInput ? renderInput(props) : <input type="text" lang="ja" {...limits} {...props} />}
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
      <FieldNotes id={field.id} hint={hint} errors={field.errors} />
    </fieldset>
  );
}
