// Plain JavaScript, not TypeScript: `next start` loads this file, and a .ts config makes it load a compiler
// (26 MiB of the running server's memory) to read it.
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { STATIC_SECURITY_HEADERS } from "./src/server/static-security-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds of this tree coexist (parallel development work); production uses the default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The stylesheets (about 6 KiB gzip) go inline in each page's <head>: on a slow phone connection three
  // render-blocking requests cost more than the bytes, and they held first paint back by a round trip each.
  experimental: { inlineCss: true },
  // Types are checked by the `typecheck` task (turbo), which every test run includes; not twice per build.
  typescript: { ignoreBuildErrors: true },
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@jiji/content", "@jiji/db"],
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  // Native and WebAssembly drivers load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
    // The morphological analyser reads its dictionary files from its own folder at run time.
    "kuromoji",
  ],
};

/**
 * next-intl's plugin only points the bundler at src/i18n/request.ts. It is loaded for builds and development,
 * not by `next start`: importing it brings in @swc/core and a file watcher, 28 MiB the running server never uses.
 * @param {string} phase
 * @returns {Promise<import("next").NextConfig>}
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
}
