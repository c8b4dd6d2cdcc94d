import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { databaseUrl, type DatabaseTemplate, demoTemplateName, withClient } from "../setup/database-template";
import { runScript } from "./run-script";
import { createServerDatabase } from "./test-database";

export type DemoDatabase = {
  url: string;
  drop: () => Promise<void> /** What `npm run matchings -- --demo --json` printed. */;
  output: string;
};

/**
 * A database of its own holding the demo data as `npm run matchings -- --demo --json` leaves it,
 * with what that command printed. The command runs once per test run, into a template the files
 * that start from the demo data copy: it costs about ten seconds of CPU each time.
 * (tests/integration/cli.test.ts runs it on a database of its own: there, it is what is tested.)
 */
export async function createDemoDatabaseUrl(dir: string): Promise<DemoDatabase> {
  const template = inject("databaseTemplate");
  const output = await demoTemplate(template);
  if (template.kind === "pglite") {
    const target = path.join(dir, "pglite");
    fs.cpSync(demoDirectory(template), target, { recursive: true });
    return { url: `pglite:${target}`, drop: async () => {}, output };
  }
  return { ...(await createServerDatabase(template.serverUrl, demoTemplateName(template.template))), output };
}

const demoDirectory = (template: DatabaseTemplate) => path.join(template.directory, "demo");

/** Loads the demo into the run's template once, whichever file asks first; the others wait for it. */
async function demoTemplate(template: DatabaseTemplate): Promise<string> {
  const output = path.join(template.directory, "demo-output.json");
  const failure = path.join(template.directory, "demo-failure.txt");
  for (;;) {
    if (fs.existsSync(output)) return fs.readFileSync(output, "utf8");
    if (fs.existsSync(failure)) throw new Error(`Loading the demo data failed in another test file:\n${fs.readFileSync(failure, "utf8")}`);
    if (claim(path.join(template.directory, "demo.claim"))) break;
    await sleep(250);
  }
  try {
    const demo = await runScript("scripts/matchings.ts", ["--demo", "--json"], { DATABASE_URL: await demoTemplateUrl(template) });
    if (demo.code !== 0) throw new Error(`npm run matchings -- --demo --json exited with ${demo.code}:\n${demo.stderr}`);
    // Written whole, then renamed: a file waiting for it never reads half of it.
    fs.writeFileSync(`${output}.part`, demo.stdout);
    fs.renameSync(`${output}.part`, output);
    return demo.stdout;
  } catch (error) {
    fs.writeFileSync(failure, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

async function demoTemplateUrl(template: DatabaseTemplate): Promise<string> {
  if (template.kind === "pglite") return `pglite:${demoDirectory(template)}`;
  const name = demoTemplateName(template.template);
  await withClient(template.serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`));
  return databaseUrl(template.serverUrl, name);
}

/** True for the one caller that creates `marker` (test files run in processes of their own). */
function claim(marker: string): boolean {
  try {
    fs.mkdirSync(marker);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}
