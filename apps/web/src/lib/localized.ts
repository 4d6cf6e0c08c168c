import type { LocalizedText } from "@jiji/content";

/** The text in the reader's language, falling back to Japanese where no English gloss exists. */
export function localized(text: LocalizedText, locale: string): string {
  return locale === "en" && text.en ? text.en : text.ja;
}
