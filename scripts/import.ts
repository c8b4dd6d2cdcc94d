import fs from "node:fs";
import { runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";
import { importData } from "../lib/import/import-data";

await runCli(async () => {
  const file = process.argv[2];
  if (!file || file === "--help" || file === "-h") throw new Error("usage: npm run import -- <file.json>");
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const summary = await importData(await getDb(), input);
  process.stdout.write(
    `Imported ${file}: ${summary.workspaces} workspaces, ${summary.candidates} candidates, ${summary.jobs} jobs, ${summary.responses} responses.\n`,
  );
});
