import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/server/auth/config";
import { isHttpsRequest } from "@/server/forwarded-headers";
import { pagePostRefusal } from "@/server/page-post-guard";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/server/request-id";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/server/security-headers";

/** Page areas that need a session; any other path (public pages, an unknown URL's 404) is open to visitors. */
const SIGNED_IN_PATHS = /^\/(account|classes|join|mistakes|progress|quiz|review|teacher)(\/|$)/;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // The page, its server actions and the error log line all see this id; the browser gets it back.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const refusal = request.method === "POST" ? pagePostRefusal(request) : undefined;
  if (refusal) {
    return new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        [REQUEST_ID_HEADER]: requestId,
      },
    });
  }
  if (SIGNED_IN_PATHS.test(pathname) && !(await auth())) {
    const signIn = new URL("/signin", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", pathname + search);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set(REQUEST_ID_HEADER, requestId);
    return redirect;
  }
  // A fresh nonce per page: Next.js reads it from the request's CSP header and puts it on its own scripts.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (isHttpsRequest(request.headers))
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: API routes answer 401 themselves (JSON, not a redirect), and static assets need no session.
  // API routes stay outside so the answer route pays nothing per request; their error log line takes a
  // load balancer's x-request-id or makes one (src/server/error-log.ts).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|css|js|woff2?)$).*)"],
};
