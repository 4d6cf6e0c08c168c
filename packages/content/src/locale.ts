/** The languages of the app and of its content: Japanese first. The one Locale type of the workspace. */
export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];
