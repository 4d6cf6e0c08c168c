"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useFormContext } from "./action-form";
import { echoedText } from "./form-state";
import type { InputLimits } from "./input-limits";

/** A field's id, its error texts and echoed value, from the enclosing ActionForm. */
export function useField(name: string, index?: number) {
  const { state, formId, text } = useFormContext();
  const id = index === undefined ? `${formId}-${name}` : `${formId}-${name}-${index}`;
  // Repeated fields (rows of the same name) show their errors once, under the first row.
  const messages = index === undefined || index === 0 ? state.fieldErrors?.[name] : undefined;
  const errors = messages?.length ? messages.map(text) : undefined;
  const echoed = state.values?.[name];
  const value =
    index === undefined ? echoedText(state, name) : Array.isArray(echoed) ? echoed[index] : undefined;
  return { id, errors, value };
}

/** aria-describedby/aria-invalid for a control with an optional hint and errors. */
export function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  const ids = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": errors?.length ? true : undefined };
}

/** The hint and the errors under a control, with the ids describedBy points at. */
export function FieldNotes({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.join(" / ")}
        </p>
      ) : null}
    </>
  );
}

type Labelled = { name: string; label: ReactNode; hint?: ReactNode };

/**
 * A labelled input. Uncontrolled by default (the echoed value wins over `defaultValue` after a rejected submit);
 * pass `value` + `onChange` to control it. `limits` come from the zod schema (inputLimits) — never typed here.
 */
export function Field({
  name,
  label,
  hint,
  index,
  limits,
  defaultValue,
  ...input
}: Labelled & {
  /** For repeated fields: this row's position in the echoed array. */
  index?: number;
  limits?: InputLimits;
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue">) {
  const field = useField(name, index);
  const isControlled = input.value !== undefined;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input
        id={field.id}
        name={name}
        {...limits}
        {...input}
        {...(isControlled ? {} : { defaultValue: field.value ?? defaultValue })}
        {...describedBy(field.id, hint, field.errors)}
      />
      <FieldNotes id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  limits,
  defaultValue,
  ...textarea
}: Labelled & { limits?: InputLimits; defaultValue?: string } & Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    "name" | "id" | "defaultValue"
  >) {
  const field = useField(name);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <textarea
        id={field.id}
        name={name}
        maxLength={limits?.maxLength}
        {...textarea}
        defaultValue={field.value ?? defaultValue}
        {...describedBy(field.id, hint, field.errors)}
      />
      <FieldNotes id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };

/**
 * A labelled select. Uncontrolled by default (the echoed value wins over `defaultValue`); pass `value` + `onChange`
 * to control it. `groups` become optgroups after the plain `options`; `placeholder` is an empty first choice.
 */
export function SelectField({
  name,
  label,
  hint,
  options,
  groups = [],
  placeholder,
  defaultValue,
  ...select
}: Labelled & {
  options: readonly SelectOption[];
  groups?: readonly SelectGroup[];
  placeholder?: string;
  defaultValue?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "defaultValue">) {
  const field = useField(name);
  const isControlled = select.value !== undefined;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select
        id={field.id}
        name={name}
        {...select}
        {...(isControlled ? {} : { defaultValue: field.value ?? defaultValue })}
        {...describedBy(field.id, hint, field.errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
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
      <FieldNotes id={field.id} hint={hint} errors={field.errors} />
    </div>
  );
}

/** A fieldset of checkboxes or radios sharing `name`; its errors are tied to the group. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  className = "choice-group",
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const field = useField(name);
  return (
    <fieldset className={className} {...describedBy(field.id, hint, field.errors)}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${field.id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldNotes id={field.id} errors={field.errors} />
    </fieldset>
  );
}

/** One labelled checkbox or radio; controlled through `checked` + `onChange`, or not through `defaultChecked`. */
export function CheckboxField({
  children,
  type = "checkbox",
  ...input
}: { name: string; value: string; children: ReactNode; type?: "checkbox" | "radio" } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "children"
>) {
  return (
    <label className="choice">
      <input type={type} {...input} />
      {children}
    </label>
  );
}

export function HiddenField({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
