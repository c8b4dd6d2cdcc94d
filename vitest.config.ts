import { defineConfig } from "vitest/config";

// Files that assert how long something takes: another file beside them would make them fail
// for a reason of its own, so they run alone, after every other file.
const ALONE = ["tests/hostile/request-cost.test.ts"];

// Four projects mirroring tests/: unit tests need nothing; integration tests get a migrated
// database template; end-to-end and hostile tests (faults, concurrency, fuzzing, isolation, load:
// `npm run test:hostile` runs them alone) also get the app built once per run. Files run in
// parallel, one per core: Vitest's default (one core left free) ran them one at a time on two
// cores, each mostly waiting for a process it started (`next start`, a CLI, the browser). The app
// builds in the background while unit and integration tests run (groupOrder 0); end-to-end and
// hostile files run next (1), then ALONE's, one at a time (2).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Hooks start servers and load the demo data: generous, since a loaded machine is slow, not wrong.
    hookTimeout: 300_000,
    maxWorkers: "100%",
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], globalSetup: ["tests/setup/database-template.ts"] },
      },
      ...(["e2e", "hostile"] as const).map((name) => ({
        extends: true as const,
        test: {
          name,
          include: [`tests/${name}/**/*.test.ts`],
          exclude: ALONE,
          globalSetup: ["tests/setup/database-template.ts", "tests/setup/build-app.ts"],
          setupFiles: ["tests/setup/wait-for-build.ts"],
          sequence: { groupOrder: 1 },
        },
      })),
      {
        extends: true,
        test: {
          name: "hostile-alone",
          include: ALONE,
          globalSetup: ["tests/setup/database-template.ts", "tests/setup/build-app.ts"],
          setupFiles: ["tests/setup/wait-for-build.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
