import { z } from "zod";

/** The bounds an input can show the browser (`maxLength`, `min`, …), read from the zod schema that enforces them. */
export type InputLimits = { minLength?: number; maxLength?: number; min?: number; max?: number };

const finite = (value: number | null | undefined) =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

const isEmpty = (limits: InputLimits) => Object.values(limits).every((value) => value === undefined);

const TRANSPARENT_WRAPPERS = new Set(["optional", "default", "nullable", "prefault"]);

/** The schema a given value is checked by, under its optional, default, nullable and prefault wrappers. */
export function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (TRANSPARENT_WRAPPERS.has(inner._zod.def.type))
    inner = (inner._zod.def as unknown as { innerType: z.ZodType }).innerType;
  return inner;
}

/**
 * One field's bounds: through pipes (the checked side first, then the raw one), optionals and defaults down to
 * the string's length or the number's range. A minimum length of 1 is "required", which `required` says instead.
 */
export function limitsOf(field: z.ZodType): InputLimits {
  const schema = unwrapped(field);
  const def = schema._zod.def;
  if (def.type === "pipe") {
    const { in: input, out } = def as unknown as { in: z.ZodType; out: z.ZodType };
    const checked = limitsOf(out);
    return isEmpty(checked) ? limitsOf(input) : checked;
  }
  if (schema instanceof z.ZodString) {
    const minLength = finite(schema.minLength);
    return {
      minLength: minLength && minLength > 1 ? minLength : undefined,
      maxLength: finite(schema.maxLength),
    };
  }
  if (schema instanceof z.ZodNumber) return { min: finite(schema.minValue), max: finite(schema.maxValue) };
  return {};
}

/** Every field's bounds of an object schema (or a pipe from one), keyed by field name, as plain data for a form. */
export function inputLimits<Schema extends z.ZodType>(
  schema: Schema,
): Record<keyof z.input<Schema> & string, InputLimits> {
  const limits = fieldLimits(schema);
  if (!limits) throw new Error("inputLimits needs an object schema");
  return limits as Record<keyof z.input<Schema> & string, InputLimits>;
}

/** Like inputLimits, for any schema: none when it is not an object (the form wrappers take every schema). */
export function fieldLimits(schema: z.ZodType): Record<string, InputLimits> | undefined {
  let object: z.ZodType = schema;
  while (object._zod.def.type === "pipe") object = (object._zod.def as unknown as { in: z.ZodType }).in;
  if (!(object instanceof z.ZodObject)) return undefined;
  return Object.fromEntries(
    Object.entries(object.shape).map(([name, field]) => [
      name,
      Object.fromEntries(
        Object.entries(limitsOf(field as z.ZodType)).filter(([, value]) => value !== undefined),
      ),
    ]),
  );
}
