/** The page Content-Security-Policy: scripts only from this origin with this response's nonce; no framing. */
export function contentSecurityPolicy(nonce: string, isDevelopment = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonced bootstrap load its own chunks; no inline script runs without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and API alike (next.config.ts applies them). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** HSTS only makes sense (and is only honoured) over TLS, so it is sent only when the request came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
