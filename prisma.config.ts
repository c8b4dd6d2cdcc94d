import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

// The CLI sees the same database as the app: DATABASE_URL, or the embedded default.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env.DATABASE_URL },
});
