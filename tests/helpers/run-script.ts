import { spawn } from "node:child_process";
import fs from "node:fs";

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

/** The Node flags package.json runs `script` with (`tsx --optimize-for-size scripts/x.ts`), so tests run what users do. */
function nodeFlagsOf(script: string): string[] {
  for (const command of Object.values(scripts)) {
    const words = command.split(/\s+/);
    if (words[0] === "tsx" && words.at(-1) === script) return words.slice(1, -1);
  }
  return [];
}

/** Runs a project script with tsx, as `npm run` would, with the given extra environment. */
export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ScriptResult> {
  // GEMINI_API_KEY cleared unless given: a developer's own key must never reach Gemini from a test.
  return run(process.execPath, [...nodeFlagsOf(script), "--import", "tsx", script, ...args], { GEMINI_API_KEY: "", ...env }, timeoutMs);
}

/** Runs a program (npm, a shell) with the given extra environment, collecting its output. */
export function run(program: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
