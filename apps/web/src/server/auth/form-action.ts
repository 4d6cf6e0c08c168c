import "server-only";
import type { z } from "zod";
import { echoValues, type FormState, fieldErrorsOf, formDataToObject } from "@/components/form/form-state";
import { fieldLimits } from "@/components/form/input-limits";

/**
 * Every form-backed server action goes through here: the body only runs on input the schema accepted,
 * and a rejected input returns field errors as message values (with the field's bounds) without touching anything. Either way a
 * non-empty answer echoes what was submitted (repeated fields as arrays, never passwords).
 */
export function formAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, formData: FormData) => Promise<FormState | undefined>,
) {
  // Read once: every field message may name its field's bounds ({maxLength}, {min}–{max}).
  const bounds = fieldLimits(schema) ?? {};
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success)
      return { fieldErrors: fieldErrorsOf(parsed.error, bounds), values: echoValues(formData) };
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
