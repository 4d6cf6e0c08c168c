"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { isHttpsRequest } from "../forwarded-headers";

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/** Remembers the language for a year; the page re-renders in it straight away. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: isHttpsRequest(await headers()),
  });
}
