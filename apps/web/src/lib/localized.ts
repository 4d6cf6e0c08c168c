import type { Locale, LocalizedText } from "@jiji/content";

/** The text for the UI locale, and its language so a Japanese fallback in the English UI is marked `lang="ja"`. */
export function pickLocalizedText(text: LocalizedText, locale: string): { text: string; lang: Locale } {
  if (locale === "en" && text.en) return { text: text.en, lang: "en" };
  return { text: text.ja, lang: "ja" };
}

/** The text in the reader's language, falling back to Japanese where no English gloss exists. */
export function localized(text: LocalizedText, locale: string): string {
  return pickLocalizedText(text, locale).text;
}
