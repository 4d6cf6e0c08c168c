import "server-only";
import type { Locale } from "@jiji/content";
import { decode } from "next-auth/jwt";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { type SessionUser, sessionUserSchema } from "../account-schemas";
import { serverConfig } from "../env";

// Auth.js names its JWT cookie (and salts its key) by whether the site is served over HTTPS.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * Tokens already decoded, so a student's next answer skips the key derivation and decryption (about half a
 * millisecond of CPU each). A hit needs the identical token string, the same secret, and a token that has not
 * expired; whether the session is still current (password changes) is checked against the database by callers.
 */
const VERIFIED_TOKEN_LIMIT = 10_000;
const verifiedTokens = new Map<string, { secret: string; user: SessionUser; expiresAtMs: number }>();

/**
 * The signed-in user of an API request, decoded straight from the session cookie. Same checks as auth()
 * (signature, encryption, expiry) without Auth.js re-issuing the cookie on every hot-path call.
 */
export async function currentApiUser(
  request: Request,
  secret = serverConfig().authSecret,
): Promise<SessionUser | null> {
  const cookies = parseCookies(request.headers.get("cookie"));
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name);
    if (!token) continue;
    const cacheKey = `${name}=${token}`;
    const cached = verifiedTokens.get(cacheKey);
    if (cached && cached.secret === secret && cached.expiresAtMs > Date.now()) return cached.user;
    verifiedTokens.delete(cacheKey);
    try {
      const payload = await decode({ token, secret, salt: name });
      const user = sessionUserSchema.safeParse({ ...payload, id: payload?.sub });
      if (!user.success || typeof payload?.exp !== "number") return null;
      if (verifiedTokens.size >= VERIFIED_TOKEN_LIMIT)
        verifiedTokens.delete(verifiedTokens.keys().next().value!);
      verifiedTokens.set(cacheKey, { secret, user: user.data, expiresAtMs: payload.exp * 1000 });
      return user.data;
    } catch {
      return null;
    }
  }
  return null;
}

/** The interface language an API request asks for (the same cookie the pages read). */
export function requestLocale(request: Request): Locale {
  return toLocale(parseCookies(request.headers.get("cookie")).get(LOCALE_COOKIE));
}

/** Cookies as sent; a value that is not valid %-encoding (another site's `promo=50%off`) is kept as it is. */
function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), decodeCookieValue(part.slice(index + 1).trim()));
  }
  return cookies;
}

function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
