import fs from "node:fs";
import { parseArgs } from "node:util";
import { describeImported } from "../lib/cli/describe-import";
import { formatTable } from "../lib/cli/format-table";
import { progressBar } from "../lib/cli/progress-bar";
import { runCli } from "../lib/cli/run-cli";
import { getDb, type Db } from "../lib/db";
import { explainerFromEnv, explainJobs } from "../lib/explanations";
import { importData } from "../lib/import/import-data";
import { recalculateAllJobs, recalculateJob, type JobResult } from "../lib/matching";
import { resolveJobId } from "../lib/matching/find-job";
import { ensureTaxonomy } from "../lib/taxonomy/ensure-taxonomy";
import { listRanked } from "../lib/matching/list-ranked";
import { plural } from "../lib/text/plural";

const USAGE = `Usage: npm run matchings -- [--job <id or externalId>] [--demo] [--json]
  Recalculates the top 50 candidates of every ACTIVE job (or of one job); with GEMINI_API_KEY set,
  Gemini then writes the reasons that are new or stale (docs/explanations.md).
  --demo  first load data/demo.json when the database holds no jobs
  --json  print one JSON document on stdout and nothing else there`;

await runCli(async () => {
  const { values } = parseArgs({
    options: { job: { type: "string" }, demo: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const db = await getDb();
  // A database the shipped catalogue changed since (an upgrade) ranks with the new one.
  await ensureTaxonomy(db);
  const say = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

  if (values.demo && (await db.job.count()) === 0) {
    const summary = await importData(db, JSON.parse(fs.readFileSync("data/demo.json", "utf8")));
    say(`Loaded the demo data: ${describeImported(summary)}.`);
  }

  let jobs: JobResult[];
  let failures: { title: string; error: string }[] = [];
  let durationMs: number;
  if (values.job) {
    const result = await recalculateJob(db, await resolveJobId(db, values.job), { trigger: "cli" });
    jobs = [result];
    durationMs = result.durationMs;
  } else {
    const bar = values.json ? undefined : progressBar("Recalculating");
    const result = await recalculateAllJobs(db, { trigger: "cli", onJob: (done, total, job) => bar?.update(done, total, job.title) });
    bar?.done();
    ({ jobs, failures, durationMs } = result);
  }

  const explainer = explainerFromEnv();
  if (explainer && jobs.length > 0) {
    const totals = await explainJobs(
      db,
      jobs.map((job) => job.jobId),
      explainer,
    );
    say(
      `Explanations (${explainer.settings.model}): ${totals.written} written, ${totals.keptTemplate} kept the template, ` +
        `${totals.requests} model request${totals.requests === 1 ? "" : "s"}.`,
    );
    const errors = [...new Set(totals.jobs.flatMap((job) => job.errors))];
    if (errors.length > 0)
      say(`  Template kept because: ${errors.slice(0, 3).join("; ")}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ""}`);
  }

  if (values.json) {
    const ranked = await listRanked(
      db,
      jobs.map((job) => job.jobId),
    );
    const document = {
      jobs: jobs.map((job) => ({
        jobId: job.jobId,
        externalId: job.externalId,
        workspace: job.workspace,
        title: job.title,
        eligibleCandidates: job.eligibleCandidates,
        matches: ranked.get(job.jobId) ?? [],
      })),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const rows = jobs.map((job) => [
      job.workspace,
      job.externalId ?? "–",
      job.title,
      job.eligibleCandidates,
      job.ranked,
      job.bestScore ?? "–",
      `${job.durationMs} ms`,
    ]);
    say(formatTable(["Workspace", "Job id", "Job", "Eligible", "Matchings", "Best score", "Time"], rows));
    say(`${plural(jobs.length, "active job")} recalculated in ${durationMs} ms.${values.job ? "" : await notRanked(db)}`);
    if (jobs.length > 1) say("Recalculate one of them with --job <job id>.");
  }
  if (failures.length > 0) {
    throw new Error(`${failures.length} job(s) failed: ${failures.map((failure) => `${failure.title}: ${failure.error}`).join("; ")}`);
  }
});

// Only ACTIVE jobs are ranked: says so for the others, so 16 jobs loaded and 14 ranked add up.
async function notRanked(db: Db): Promise<string> {
  const counts = await db.job.groupBy({ by: ["status"], where: { status: { not: "ACTIVE" } }, _count: true, orderBy: { status: "asc" } });
  if (counts.length === 0) return "";
  const total = counts.reduce((sum, row) => sum + row._count, 0);
  const which = counts.map((row) => `${row._count} ${row.status}`).join(", ");
  return ` ${plural(total, "other job")} (${which}) ${total === 1 ? "is" : "are"} not ranked: only ACTIVE jobs are.`;
}
