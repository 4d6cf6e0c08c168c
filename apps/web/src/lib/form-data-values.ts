/** A form's fields as name → every value posted under it (a repeated field posts one per row); files are ignored. */
export type FormValues = Record<string, string[]>;

export function formDataValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData) {
    if (typeof value === "string") values[key] = [...(values[key] ?? []), value];
  }
  return values;
}
