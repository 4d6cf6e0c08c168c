import "server-only";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { type DateTimeStyle, formatDateTime } from "@/lib/time-zone";
import { viewerTimeZone } from "./auth/session";

/** Dates as this request's viewer reads them: `formatDateTime` bound to their locale and zone. */
export async function viewerDateFormat(): Promise<(instant: Date, style?: DateTimeStyle) => string> {
  const [locale, timeZone] = await Promise.all([getLocale().then(toLocale), viewerTimeZone()]);
  return (instant, style) => formatDateTime(instant, { locale, timeZone, style });
}
