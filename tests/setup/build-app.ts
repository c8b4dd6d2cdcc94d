import { execFileSync } from "node:child_process";
import { oncePerRun } from "./once-per-run";

// End-to-end and hostile tests run against the production build, made once per run (however many
// of their projects run) from the current source.
export default async function setup() {
  await oncePerRun("build-app", async () => {
    execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "pipe" });
    return { value: undefined };
  });
}
