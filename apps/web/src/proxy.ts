import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";

/** Pages anyone may open; every other page needs a session. */
const PUBLIC_PATHS = [/^\/$/, /^\/signin$/, /^\/signup$/, /^\/articles(\/[^/]+)?$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  if (await auth()) return NextResponse.next();
  const signIn = new URL("/signin", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: API routes answer 401 themselves (JSON, not a redirect), and static assets need no session.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|css|js|woff2?)$).*)"],
};
