import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type Made, oncePerRun } from "./once-per-run";

export type BuildOutcome = { code: number | null; output: string };

declare module "vitest" {
  export interface ProvidedContext {
    /** The file `next build`'s outcome (a BuildOutcome) is written to when it ends. */
    appBuild: string;
  }
}

// End-to-end and hostile tests run against the production build, made once per run from the
// current source. It is started here, not awaited: the unit and integration tests, which run
// first (sequence.groupOrder in vitest.config.ts), use the two cores while it builds, and the
// files that serve the app wait for it in tests/setup/wait-for-build.ts.
export default async function setup(project: TestProject) {
  const { value, teardown } = await oncePerRun("build-app", startBuild);
  project.provide("appBuild", value);
  return teardown;
}

async function startBuild(): Promise<Made<string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-build-"));
  const outcomeFile = path.join(dir, "outcome.json");
  // Its own process group: the build's workers stop with it when a run is cut short.
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<void>((resolve) => {
    let written = false;
    const write = (outcome: BuildOutcome) => {
      if (written) return;
      written = true;
      // Written whole, then renamed: a file waiting for it never reads half of it.
      fs.writeFileSync(`${outcomeFile}.part`, JSON.stringify(outcome));
      fs.renameSync(`${outcomeFile}.part`, outcomeFile);
      resolve();
    };
    child.on("error", (error) => write({ code: null, output: error.message }));
    child.on("close", (code, signal) => write({ code, output: signal ? `${output}\nnext build stopped by ${signal}` : output }));
  });
  return {
    value: outcomeFile,
    teardown: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
      await ended;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
