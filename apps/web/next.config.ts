import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several builds of this tree coexist (parallel development work); production uses the default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Types are checked by the `typecheck` task (turbo), which every test run includes; not twice per build.
  typescript: { ignoreBuildErrors: true },
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@jiji/content", "@jiji/db"],
  // Native and WebAssembly drivers load from node_modules at run time instead of being bundled.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
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

export default withNextIntl(nextConfig);
