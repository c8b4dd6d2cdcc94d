import type { NextConfig } from "next";
import { BODY_LIMITS } from "./lib/api/body-limits";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/security/security-headers";

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package directory, and the database
  // drivers are native Node modules: all four must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  // The embedded database applies these at start-up, and starts a new one from the empty cluster.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*", "./data/pglite/*"] },
  // The dashboard's actions carry a few fields; Next.js stops reading a larger body at this limit.
  experimental: { serverActions: { bodySizeLimit: BODY_LIMITS.serverAction } },
  // No X-Powered-By: Next.js, telling every visitor what to look up vulnerabilities for.
  poweredByHeader: false,
  // Security headers known at build time; the page policy and HSTS depend on the request and on
  // APP_URL, so proxy.ts adds them.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default config;
