import type { z } from "zod";
import type { MessageValues } from "@/i18n/format-message";

// The form kit's data, shared by server actions and the forms that render their answers: no React, no server APIs.

export type { MessageValues };

/** A message as a value: the key under the form's error namespace and the values its text needs. */
export type FormMessage = { key: string; values?: MessageValues };

/** What a form action hands back to its form. */
export type FormState = {
  fieldErrors?: Record<string, FormMessage[]>;
  formError?: FormMessage;
  /** Submitted values (never passwords) so the form keeps what the person typed; repeated fields as arrays. */
  values?: Record<string, string | string[]>;
};

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export const message = (key: string, values?: MessageValues): FormMessage =>
  values ? { key, values } : { key };

/** `{ formError }` for an action's return: `return formError("tooManyAttempts", { minutes: 15 })`. */
export const formError = (key: string, values?: MessageValues): FormState => ({
  formError: message(key, values),
});

/** `{ fieldErrors }` with one message on one field: `return fieldError("questionCount", "poolTooSmall", { count })`. */
export const fieldError = (field: string, key: string, values?: MessageValues): FormState => ({
  fieldErrors: { [field]: [message(key, values)] },
});

/** A field's bounds as message values: `minLength`/`maxLength` for text, `min`/`max` for numbers (see inputLimits). */
export type FieldBounds = Partial<Record<"minLength" | "maxLength" | "min" | "max", number>>;

/**
 * A rejected parse as field errors: each issue's message is a message key, and its values are the field's bounds
 * from the schema (`fieldBounds`, from inputLimits) with the bound the issue itself reports, so "タイトルは
 * {maxLength}文字以内" says the schema's number without a component or message repeating it.
 */
export function fieldErrorsOf(
  error: z.ZodError,
  fieldBounds: Record<string, FieldBounds> = {},
): Record<string, FormMessage[]> {
  const fieldErrors: Record<string, FormMessage[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const values: MessageValues = { ...fieldBounds[field] };
    const isLength = "origin" in issue && issue.origin === "string";
    if (issue.code === "too_small") values[isLength ? "minLength" : "min"] = Number(issue.minimum);
    if (issue.code === "too_big") values[isLength ? "maxLength" : "max"] = Number(issue.maximum);
    const entry = message(issue.message, Object.keys(values).length ? values : undefined);
    fieldErrors[field] = [...(fieldErrors[field] ?? []), entry];
  }
  return fieldErrors;
}

// Every password field (password, currentPassword, newPassword, …): the echo travels back to the browser.
const isPasswordField = (key: string) => /password/i.test(key);

/** Repeated fields (checkbox groups) become arrays; single ones stay strings. Files are left out. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (values.length === 0) continue;
    object[key] = values.length > 1 ? values : (values[0] as string);
  }
  return object;
}

/** What the form echoes back: every submitted text value except passwords and React's own `$ACTION` fields. */
export function echoValues(formData: FormData): Record<string, string | string[]> {
  const values = formDataToObject(formData);
  for (const key of Object.keys(values)) if (isPasswordField(key) || key.startsWith("$")) delete values[key];
  return values;
}

/** An echoed value as one string (the first of a repeated field). */
export const echoedText = (state: FormState, name: string): string | undefined => {
  const value = state.values?.[name];
  return Array.isArray(value) ? value[0] : value;
};

/** An echoed value as a list (a checkbox group), or undefined when the form was not submitted. */
export const echoedList = (state: FormState, name: string): string[] | undefined => {
  if (!state.values) return undefined;
  const value = state.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** Echoed values (a single field as a string, a repeated one as an array) all as lists, for forms of rows. */
export function echoedLists(values: Record<string, string | string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]),
  );
}
