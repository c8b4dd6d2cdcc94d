import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/database-template.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
