import { defineConfig } from "vitest/config";

// Four projects mirroring tests/: unit tests need nothing; integration tests get a migrated
// database template; end-to-end and hostile tests (faults, concurrency, fuzzing, isolation, load:
// `npm run test:hostile` runs them alone) also get the app built once per run.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Hooks start servers and load the demo data: generous, since a loaded machine is slow, not wrong.
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], globalSetup: ["tests/setup/database-template.ts"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/database-template.ts", "tests/setup/build-app.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "hostile",
          include: ["tests/hostile/**/*.test.ts"],
          globalSetup: ["tests/setup/database-template.ts", "tests/setup/build-app.ts"],
        },
      },
    ],
  },
});
