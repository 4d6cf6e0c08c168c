// Values an attacker (or a fuzzer) types into every field; shared by the bad-input tests.

/** Text that would change a query if it were ever pasted into SQL instead of bound as a parameter. */
export const SQL_LIKE = [`' OR 1=1 --`, `"; DROP TABLE "User"; --`, `Robert'); DELETE FROM Response;--`];

/** Far beyond every field's limit (and a server action's 1 MB body limit is the only cap before zod). */
export const OVERSIZED = "あ".repeat(100_000);

/** What a number field can receive as form text besides a sane number. */
export const HOSTILE_NUMBER_TEXTS = ["-1", "0", "2.5", "1e9", "9007199254740993", "NaN", "Infinity", "", " "];

/** A value as a test title shows it: short, never 100,000 characters. */
export function shortLabel(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 20)}… (${json.length} chars)` : json;
}
