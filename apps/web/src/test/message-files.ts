// The message files as tests read them: one per locale at the top (messages/<locale>.json) and one per
// feature folder (messages/<feature>/<locale>.json).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };

const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../messages");

/** "" for the top-level files, then each feature folder. */
export const MESSAGE_FEATURES = [
  "",
  ...readdirSync(MESSAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
];

export function messageFile(feature: string, locale: string): Messages {
  return JSON.parse(readFileSync(path.join(MESSAGES_DIR, feature, `${locale}.json`), "utf8")) as Messages;
}

/** The messages of one locale, merged like src/i18n/request.ts merges the per-feature files. */
export function messagesOf(locale: string): Messages {
  return Object.assign({}, ...MESSAGE_FEATURES.map((feature) => messageFile(feature, locale)));
}
