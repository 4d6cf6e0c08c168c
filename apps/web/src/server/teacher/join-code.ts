import { randomInt } from "node:crypto";

/** 32 symbols with no 0/O and no 1/I, so a code read aloud or copied from a board is not mistyped. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A fresh join code from node:crypto (32^8 ≈ 10^12 codes, so guessing one is impractical). */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed → the stored form: full-width folded, upper-cased, spaces and hyphens dropped. */
export function normalizeJoinCode(input: string): string {
  return input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, "");
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
}
