import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/server/security-headers";

/** Pages anyone may open; every other page needs a session. */
const PUBLIC_PATHS = [/^\/$/, /^\/signin$/, /^\/signup$/, /^\/articles(\/[^/]+)?$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PATHS.some((pattern) => pattern.test(pathname)) && !(await auth())) {
    const signIn = new URL("/signin", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }
  // A fresh nonce per page: Next.js reads it from the request's CSP header and puts it on its own scripts.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  const isHttps =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (isHttps) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: API routes answer 401 themselves (JSON, not a redirect), and static assets need no session.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|css|js|woff2?)$).*)"],
};
