import { z } from "zod";

// How an attempt (or a fixed quiz set) stores its question ids: one JSON array, in the order they are asked.

const storedQuestionIdsSchema = z.array(z.string());

export function encodeQuestionIds(ids: readonly string[]): string {
  return JSON.stringify(ids);
}

/** Throws on a stored value that is not a JSON array of strings (a corrupt row must not be served). */
export function decodeQuestionIds(stored: string): string[] {
  return storedQuestionIdsSchema.parse(JSON.parse(stored));
}
