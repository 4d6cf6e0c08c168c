import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";

// No locale in the URL: the choice lives in a cookie, Japanese by default.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
