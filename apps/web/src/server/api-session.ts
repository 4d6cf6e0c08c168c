import "server-only";
import { decode } from "next-auth/jwt";
import { type SessionUser, sessionUserSchema } from "./account-schemas";
import { serverConfig } from "./env";

// Auth.js names its JWT cookie (and salts its key) by whether the site is served over HTTPS.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

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
    try {
      const payload = await decode({ token, secret, salt: name });
      const user = sessionUserSchema.safeParse({ ...payload, id: payload?.sub });
      return user.success ? user.data : null;
    } catch {
      return null;
    }
  }
  return null;
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim()));
  }
  return cookies;
}
