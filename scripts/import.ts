import { describeImport } from "../lib/cli/describe-import";
import { helpRequested, runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";
import { importData } from "../lib/import/import-data";
import { readImportFile } from "../lib/import/read-import-file";
import { notifyCandidatesUpdated } from "../lib/recalculation/notify-candidates";

const USAGE = `Usage: npm run import -- <file.json>
  Imports workspaces, candidates, jobs and responses (docs/import.md) in one transaction, all or
  nothing, after checking the whole file; then has every created or changed candidate matched.`;

await runCli(async () => {
  if (helpRequested(USAGE)) return;
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new Error(USAGE);
  const input = readImportFile(file);
  const db = await getDb();
  const summary = await importData(db, input);
  process.stdout.write(`${describeImport(file, summary, await notifyCandidatesUpdated(db, summary.changedCandidateIds, "import"))}\n`);
});
