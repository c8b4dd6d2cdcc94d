import { execFileSync } from "node:child_process";

// End-to-end tests run against the production build, made once per run from the current source.
export default function setup() {
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "pipe" });
}
