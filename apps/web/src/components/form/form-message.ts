import type { FormMessage, MessageValues } from "./form-state";

type Translate = ((key: string, values?: MessageValues) => string) & { has(key: string): boolean };

/**
 * A message value as text in the form's namespace: its own values over the form's (a formatted due date);
 * a key the namespace lacks reads as its `generic` message rather than a raw key.
 */
export function formMessageText(t: Translate, message: FormMessage, formValues: MessageValues = {}): string {
  if (t.has(message.key)) return t(message.key, { ...formValues, ...message.values });
  return t.has("generic") ? t("generic", formValues) : t(message.key, { ...formValues, ...message.values });
}
