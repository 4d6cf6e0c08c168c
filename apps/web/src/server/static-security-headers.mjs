// Headers for every response, pages and API alike: next.config.mjs applies them, and the request guard's own
// 400 answer carries them too. Plain JavaScript so that `next start` reads the config without a TypeScript
// compiler (loading one costs the running server 26 MiB); the types are in the .d.mts beside it.
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
