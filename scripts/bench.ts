import { parseArgs } from "node:util";
import { formatReport } from "../bench/format-report";
import { runBench } from "../bench/run-bench";
import { runCli } from "../lib/cli/run-cli";
import { env } from "../lib/env";

const USAGE = `Usage: npm run bench -- [--candidates <n>] [--jobs <n>] [--seed <n>] [--no-naive | --naive-sample <jobs>] [--fresh] [--json]
  Generates a seeded population in a database of its own (tm_bench_<candidates>_<jobs>_<seed> on the
  PostgreSQL server of DATABASE_URL, kept for the next run; or a temporary PGlite directory), then
  measures the product's full and single-job recalculations against the floor (the least the
  database and this machine need for the same work, measured in the same run) and the naive baseline.
  --candidates    candidates to generate (default 20000)
  --jobs          active jobs to generate (default 200)
  --seed          seed of the population (default 1)
  --no-naive      skip the naive baseline (it takes minutes from 20,000 candidates)
  --naive-sample  time the naive baseline on this many jobs spread over the list and extrapolate
                  to every job (the output says so)
  --fresh         regenerate the population even if a complete one exists
  --json          print exactly one JSON document on stdout, progress on stderr`;

const count = (name: string, value: string | undefined, fallback: number, min: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${value}"`);
  return n;
};

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      candidates: { type: "string" },
      jobs: { type: "string" },
      seed: { type: "string" },
      "no-naive": { type: "boolean" },
      "naive-sample": { type: "string" },
      fresh: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const jobs = count("jobs", values.jobs, 200, 1);
  const sample = values["naive-sample"];
  if (sample !== undefined && values["no-naive"])
    throw new Error("--naive-sample times the naive baseline, which --no-naive skips: give one");
  const naiveSample = sample === undefined ? undefined : Number(sample);
  if (naiveSample !== undefined && !(Number.isInteger(naiveSample) && naiveSample >= 1 && naiveSample <= jobs)) {
    throw new Error(`--naive-sample must be an integer from 1 to --jobs (${jobs}), got "${sample}"`);
  }
  const { result, details } = await runBench({
    databaseUrl: env.DATABASE_URL,
    candidates: count("candidates", values.candidates, 20_000, 1),
    jobs,
    seed: count("seed", values.seed, 1, 0),
    naive: !values["no-naive"],
    ...(naiveSample === undefined ? {} : { naiveSample }),
    fresh: values.fresh ?? false,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${formatReport(result, details)}\n`);
});
