import { z } from "zod";

/**
 * Characters that change how text around them is shown without showing themselves: bidi embeddings, overrides
 * and isolates (a name that reads backwards in a class list) and zero-width spaces and joiners.
 */
export const INVISIBLE_FORMAT_CHARS =
  /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A name people see (display name, class, quiz set): invisible format characters removed, then trimmed. */
export const visibleText = (requiredKey: string, max: number, tooLongKey: string) =>
  z
    .string()
    .transform((value) => value.replace(INVISIBLE_FORMAT_CHARS, "").trim())
    .pipe(z.string().min(1, requiredKey).max(max, tooLongKey));
