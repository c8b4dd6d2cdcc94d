import type { NextConfig } from "next";
import { BODY_LIMITS } from "./lib/api/body-limits";

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package directory, and the database
  // drivers are native Node modules: all four must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  // The embedded database applies these at start-up.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*"] },
  // The dashboard's actions carry a few fields; Next.js stops reading a larger body at this limit.
  experimental: { serverActions: { bodySizeLimit: BODY_LIMITS.serverAction } },
};

export default config;
