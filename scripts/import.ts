import fs from "node:fs";
import { runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";
import { importData } from "../lib/import/import-data";
import { notifyCandidatesUpdated, type CandidatesOutcome } from "../lib/recalculation/notify-candidates";

const matched = (outcome: CandidatesOutcome) => {
  switch (outcome.mode) {
    case "none":
      return "No candidate was created or changed.";
    case "queued":
      return `Sent candidate/profile.updated for ${outcome.events} created or changed candidates to Inngest.`;
    case "in-process":
      return `Matched ${outcome.candidatesMatched} created or changed candidates against the active jobs (no Inngest server configured).`;
    case "in-process-full":
      return `Recalculated ${outcome.jobsRecalculated} active jobs for the created or changed candidates (no Inngest server configured).`;
  }
};

await runCli(async () => {
  const file = process.argv[2];
  if (!file || file === "--help" || file === "-h") throw new Error("usage: npm run import -- <file.json>");
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const db = await getDb();
  const summary = await importData(db, input);
  process.stdout.write(
    `Imported ${file}: ${summary.workspaces} workspaces, ${summary.candidates} candidates, ${summary.jobs} jobs, ${summary.responses} responses.\n`,
  );
  process.stdout.write(`${matched(await notifyCandidatesUpdated(db, summary.changedCandidateIds, "import"))}\n`);
});
