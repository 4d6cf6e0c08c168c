import { ROLES } from "@jiji/db";
import { z } from "zod";
import { visibleText } from "./plain-text";

/** Message keys, not texts: the form renders them through the i18n layer. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z
  .string()
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));

const password = z.string().min(PASSWORD_MIN, "passwordTooShort").max(PASSWORD_MAX, "passwordTooLong");

// Any length is accepted when checking an existing password, so a wrong one never reveals the length rule.
const existingPassword = z.string().min(1, "passwordRequired").max(1024, "passwordRequired");

export const signUpSchema = z.object({
  name: visibleText("nameRequired", 50, "nameTooLong"),
  email,
  password,
});

export const signInSchema = z.object({
  email,
  password: existingPassword,
});

export const changePasswordSchema = z
  .object({
    currentPassword: existingPassword,
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDoNotMatch",
  });

// The origin relative paths are resolved against; any path that leaves it names another site.
const SAME_SITE = "http://jiji.invalid";

/**
 * Whether a redirect target stays on this site. The URL parser decides, as the browser will (it drops tabs and
 * newlines and reads a backslash as a slash, so "/\t/evil" is "//evil"); control characters and backslashes are
 * refused outright wherever they are.
 */
export function isSameSitePath(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here
  if (!value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return false;
  try {
    return new URL(value, SAME_SITE).origin === SAME_SITE;
  } catch {
    return false;
  }
}

/** Where to go after signing in: only paths on this site, never another origin. */
export const callbackPathSchema = z
  .string()
  .optional()
  .transform((value) => (value && isSameSitePath(value) ? value : "/"));

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  sessionVersion: z.number().int(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
