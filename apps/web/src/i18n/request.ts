import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { SCHOOL_TIME_ZONE } from "@/lib/time-zone";
import { LOCALE_COOKIE, toLocale } from "./locales";

// No locale in the URL: the choice lives in a cookie, Japanese by default.
// Messages are split by feature (messages/<locale>.json, messages/<feature>/<locale>.json) and merged here.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const parts = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/quiz/${locale}.json`),
    import(`../../messages/review/${locale}.json`),
    import(`../../messages/progress/${locale}.json`),
    import(`../../messages/teacher/${locale}.json`),
    import(`../../messages/reading/${locale}.json`),
    import(`../../messages/editor/${locale}.json`),
  ]);
  return {
    locale,
    // Only a fallback: pages write dates with formatDateTime in the viewer's zone (server/viewer-dates.ts).
    timeZone: SCHOOL_TIME_ZONE,
    messages: Object.assign({}, ...parts.map((part) => part.default)),
  };
});
