import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import type { BuildOutcome } from "./build-app";

// Runs before each end-to-end and hostile file: the app is built in the background while the
// unit and integration tests run (tests/setup/build-app.ts); a file that serves it waits here
// for the build to end, and fails with the build's output if it failed.
const outcomeFile = inject("appBuild");
while (!fs.existsSync(outcomeFile)) await sleep(500);
const { code, output } = JSON.parse(fs.readFileSync(outcomeFile, "utf8")) as BuildOutcome;
if (code !== 0) throw new Error(`next build failed (exit code ${code}):\n${output}`);
