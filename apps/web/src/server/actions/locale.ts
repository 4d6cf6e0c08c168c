"use server";

import { LOCALES } from "@jiji/content";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { formPostAction } from "../auth/form-action";
import { isHttpsRequest } from "../forwarded-headers";

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/** Remembers the language for a year; the page re-renders in it straight away. An unknown locale changes nothing. */
export const setLocaleAction = formPostAction(localeSchema, async (input) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: isHttpsRequest(await headers()),
  });
});
