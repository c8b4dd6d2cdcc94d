import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package directory, and the database
  // drivers are native Node modules: all four must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  // The embedded database applies these at start-up.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*"] },
};

export default config;
