import { parseArgs } from "node:util";
import { formatTable } from "../lib/cli/format-table";
import { runCli } from "../lib/cli/run-cli";
import { getDb, type DbTransaction } from "../lib/db";
import { recalculateJobs } from "../lib/recalculation/recalculate-jobs";
import { plural } from "../lib/text/plural";
import { changeTaxonomy, type ChangeOutcome } from "../lib/taxonomy/change-taxonomy";
import { ensureTaxonomy } from "../lib/taxonomy/ensure-taxonomy";
import { addAlias } from "../lib/taxonomy/operations/add-alias";
import { addImplication } from "../lib/taxonomy/operations/add-implication";
import { listUnresolved } from "../lib/taxonomy/operations/list-unresolved";
import { mergeSkills } from "../lib/taxonomy/operations/merge-skills";
import { removeAlias } from "../lib/taxonomy/operations/remove-alias";
import { removeImplication } from "../lib/taxonomy/operations/remove-implication";

const USAGE = `Usage: npm run skills -- <command>
  unresolved [--json]             names seen in the data that match no known skill or alias, most used first
  alias <spelling> <skill>        makes <spelling> mean <skill> (a skill seen under that spelling is merged in)
  unalias <spelling>              takes an alias out
  merge <from> <into>             makes <from> one skill with <into>
  implies <specific> <general>    having <specific> stands for having <general> (partial credit)
  unimply <specific> <general>    takes an implication out
Every change re-resolves the candidates and jobs in one transaction, then has each ACTIVE job that
lists an affected skill recalculated (through Inngest when configured, here otherwise). Running a
change twice changes nothing the second time.`;

const CHANGES: Record<string, { args: number; run: (tx: DbTransaction, args: string[]) => Promise<ChangeOutcome> }> = {
  alias: { args: 2, run: (tx, [spelling, skill]) => addAlias(tx, spelling!, skill!) },
  unalias: { args: 1, run: (tx, [spelling]) => removeAlias(tx, spelling!) },
  merge: { args: 2, run: (tx, [from, into]) => mergeSkills(tx, from!, into!) },
  implies: { args: 2, run: (tx, [specific, general]) => addImplication(tx, specific!, general!) },
  unimply: { args: 2, run: (tx, [specific, general]) => removeImplication(tx, specific!, general!) },
};

await runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) return void process.stdout.write(`${USAGE}\n`);
  const db = await getDb();
  if (command === "unresolved") {
    await ensureTaxonomy(db);
    const names = await listUnresolved(db);
    if (values.json) return void process.stdout.write(`${JSON.stringify({ unresolved: names }, null, 2)}\n`);
    if (names.length === 0) return void process.stdout.write("Every skill in the data is known.\n");
    process.stdout.write(
      `${formatTable(
        ["Name", "Candidates", "Jobs"],
        names.map((n) => [n.name, n.candidates, n.jobs]),
      )}\n`,
    );
    return;
  }
  const change = CHANGES[command];
  if (!change) throw new Error(`unknown command "${command}"\n${USAGE}`);
  if (args.length !== change.args) throw new Error(`${command} takes ${change.args} argument${change.args === 1 ? "" : "s"}\n${USAGE}`);
  const outcome = await changeTaxonomy(db, (tx) => change.run(tx, args));
  process.stdout.write(`${outcome.message}.\n`);
  if (!outcome.changed) return;
  const jobs = await recalculateJobs(db, outcome.jobs, "taxonomy.changed");
  if (outcome.jobs.length === 0) process.stdout.write("No active job lists an affected skill.\n");
  else if (jobs.queued > 0) process.stdout.write(`Sent gig/ranking.recalculate for ${plural(jobs.queued, "active job")} to Inngest.\n`);
  else process.stdout.write(`Recalculated ${plural(jobs.recalculated, "active job")} (no Inngest server configured).\n`);
});
