import "server-only";
import type { z } from "zod";

/** What a form action hands back to its form: message keys per field and for the form as a whole. */
export type FormState = {
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  /** Values for the form error's message, e.g. { minutes: 15 }. */
  formErrorValues?: Record<string, number | string>;
  /** Submitted text values (never passwords) so the form keeps what the person typed. */
  values?: Record<string, string>;
};

// Every password field (password, currentPassword, newPassword, …): the echo travels back to the browser.
const isPasswordField = (key: string) => /password/i.test(key);

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !isPasswordField(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/**
 * Every form-backed server action goes through here: the body only runs on input the schema accepted,
 * and a rejected input returns field-level message keys without touching anything.
 */
export function formAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, formData: FormData) => Promise<FormState | undefined>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
      }
      return { fieldErrors, values: echoValues(formData) };
    }
    const result = await body(parsed.data, formData);
    return result ? { ...result, values: echoValues(formData) } : {};
  };
}

/**
 * For a plain `<form action>` that keeps no state (no useActionState): the body only runs on input the schema
 * accepted; a rejected input runs `invalid` instead (nothing by default) and changes nothing.
 */
export function formPostAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>) => Promise<void>,
  invalid: () => Promise<void> | void = () => {},
) {
  return async (formData: FormData): Promise<void> => {
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalid();
    return body(parsed.data);
  };
}

/** Repeated fields (checkbox groups) become arrays; single ones stay strings. */
function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}
