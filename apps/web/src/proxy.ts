import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/auth";

/** Paths anyone may open; everything else needs a session. API routes answer 401 themselves (JSON, not a redirect). */
const PUBLIC_PATHS = [/^\/$/, /^\/signin$/, /^\/signup$/, /^\/articles(\/[^/]+)?$/, /^\/api\//];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  if (await auth()) return NextResponse.next();
  const signIn = new URL("/signin", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Static files and Next's own assets never need a session check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|css|js|woff2?)$).*)"],
};
