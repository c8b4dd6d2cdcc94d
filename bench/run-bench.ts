import { matchCandidate, recalculateAllJobs, recalculateJob } from "../lib/matching";
import { openBenchDatabase } from "./bench-database";
import { measureFloor, type FloorResult } from "./measure-floor";
import { measureNaive, type NaiveRun } from "./measure-naive";
import { measurePeakRss } from "./peak-rss";
import { percentile } from "./percentile";
import { referenceTop, sameTop, type TopEntry } from "./reference-top";
import { round1 } from "./round";
import { spread } from "./spread";

export type BenchOptions = {
  databaseUrl: string;
  candidates: number;
  jobs: number;
  seed: number;
  naive: boolean;
  /** Time the naive baseline on this many jobs spread over the list and extrapolate to all (undefined: every job). */
  naiveSample?: number;
  fresh: boolean;
  log: (line: string) => void;
};

/**
 * The JSON document the issues ask for, exactly. A ratio to the floor is a time over floorMs;
 * singleJobVsFloor is the product's single-job p95 over the floor's.
 */
export type BenchResult = {
  candidates: number;
  jobs: number;
  database: "postgresql" | "pglite";
  floor: FloorResult;
  product: {
    fullRecalcMs: number;
    singleJobP50Ms: number;
    singleJobP95Ms: number;
    peakRssMb: number;
    queries: number;
    fullRecalcVsFloor: number;
    singleJobVsFloor: number;
  };
  /** With a sample, time and queries are extrapolated to every job (measureNaive). */
  naive: (NaiveRun & { fullRecalcVsFloor: number }) | null;
  ratio: number | null;
  sameTop50: boolean;
};

/** What the table shows besides: where the data lives, and the per-run costs. */
export type BenchDetails = {
  location: string;
  generated: boolean;
  generateMs: number;
  singleJobRuns: number;
  singleJobQueries: number;
  sampleJobs: number;
  /** Incremental matching of one candidate (matchCandidate): p50 and p95, jobs considered on average. */
  candidateP50Ms: number;
  candidateP95Ms: number;
  candidateJobs: number;
  candidateQueries: number;
  candidateRuns: number;
};

const SINGLE_JOB_RUNS = 20;
const CANDIDATE_RUNS = 20;
const SAMPLE_JOBS = 5;

/**
 * Phases, in this order so each peak belongs to its phase: the population (generated or reused),
 * the product's full recalculation, single-job recalculations, incremental matching of single
 * candidates, the floor (measureFloor, on the single-job phase's jobs), the naive baseline (the
 * largest heap, last), then the top-50 check. Matchings are emptied before each full
 * recalculation so both start from the same state.
 */
export async function runBench(options: BenchOptions): Promise<{ result: BenchResult; details: BenchDetails }> {
  const size = { candidates: options.candidates, jobs: options.jobs, seed: options.seed };
  const generateStart = performance.now();
  const bench = await openBenchDatabase(options.databaseUrl, size, { fresh: options.fresh, onProgress: options.log });
  const generateMs = Math.round(performance.now() - generateStart);
  const { db, counter } = bench;
  try {
    options.log(`${bench.generated ? "generated" : "reusing"} ${bench.location} in ${generateMs} ms`);
    const clear = () => db.$executeRawUnsafe(`TRUNCATE "CandidateMatching", "MatchingRun"`);

    await clear();
    options.log("product: full recalculation");
    let queries = counter.count;
    let started = performance.now();
    const full = await measurePeakRss(() => recalculateAllJobs(db, { trigger: "bench" }));
    const fullRecalcMs = Math.round(performance.now() - started);
    const fullQueries = counter.count - queries;
    if (full.result.failures.length > 0) throw new Error(`product recalculation failed: ${full.result.failures[0]!.error}`);

    const jobIds = full.result.jobs.map((job) => job.jobId);
    const sample = spread(jobIds, SAMPLE_JOBS);
    const productTop = await storedTop(db, sample);

    options.log("product: single-job recalculations");
    const durations: number[] = [];
    const singleJobIds = spread(jobIds, SINGLE_JOB_RUNS);
    queries = counter.count;
    const single = await measurePeakRss(async () => {
      for (const jobId of singleJobIds) {
        started = performance.now();
        await recalculateJob(db, jobId, { trigger: "bench" });
        durations.push(performance.now() - started);
      }
    });
    const singleJobQueries = durations.length === 0 ? 0 : Math.round((counter.count - queries) / durations.length);

    options.log("product: incremental matching of single candidates");
    const candidateIds = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Candidate" ORDER BY id LIMIT ${CANDIDATE_RUNS * 50}`).map(
      (row) => row.id,
    );
    const candidateDurations: number[] = [];
    let candidateJobs = 0;
    queries = counter.count;
    for (const candidateId of spread(candidateIds, CANDIDATE_RUNS)) {
      started = performance.now();
      candidateJobs += (await matchCandidate(db, candidateId, { trigger: "bench" })).jobsConsidered;
      candidateDurations.push(performance.now() - started);
    }
    const candidateQueries = candidateDurations.length === 0 ? 0 : Math.round((counter.count - queries) / candidateDurations.length);

    options.log("floor: stream, score, write");
    const floor = await measureFloor(db, singleJobIds);
    // The floor must do the product's work: the same eligible pairs, each scored.
    const productPairs = full.result.jobs.reduce((sum, job) => sum + job.eligibleCandidates, 0);
    if (floor.eligiblePairs !== productPairs) {
      throw new Error(`the floor found ${floor.eligiblePairs} eligible pairs, the product's full recalculation ${productPairs}`);
    }

    let naive: BenchResult["naive"] = null;
    if (options.naive) {
      await clear();
      options.log(`naive baseline: full recalculation${options.naiveSample === undefined ? "" : `, sampling ${options.naiveSample} jobs`}`);
      const run = await measureNaive(db, counter, jobIds, options.naiveSample);
      naive = { ...run, fullRecalcVsFloor: timesFloor(run.fullRecalcMs, floor.floorMs) };
    }

    options.log(`checking the top 50 of ${sample.length} jobs against the naive computation`);
    const reference = await referenceTop(db, sample);
    const sameTop50 = sample.length > 0 && sample.every((jobId) => sameTop(productTop.get(jobId) ?? [], reference.get(jobId) ?? []));
    const singleJobP95Ms = round1(percentile(durations, 95));

    return {
      result: {
        candidates: options.candidates,
        jobs: options.jobs,
        database: bench.kind,
        floor,
        product: {
          fullRecalcMs,
          singleJobP50Ms: round1(percentile(durations, 50)),
          singleJobP95Ms,
          peakRssMb: Math.max(full.peakRssMb, single.peakRssMb),
          queries: fullQueries,
          fullRecalcVsFloor: timesFloor(fullRecalcMs, floor.floorMs),
          singleJobVsFloor: timesFloor(singleJobP95Ms, floor.singleJobP95Ms),
        },
        naive,
        ratio: naive ? round1(naive.fullRecalcMs / Math.max(1, fullRecalcMs)) : null,
        sameTop50,
      },
      details: {
        location: bench.location,
        generated: bench.generated,
        generateMs,
        singleJobRuns: durations.length,
        singleJobQueries,
        sampleJobs: sample.length,
        candidateP50Ms: round1(percentile(candidateDurations, 50)),
        candidateP95Ms: round1(percentile(candidateDurations, 95)),
        candidateJobs: candidateDurations.length === 0 ? 0 : Math.round(candidateJobs / candidateDurations.length),
        candidateQueries,
        candidateRuns: candidateDurations.length,
      },
    };
  } finally {
    await bench.close();
  }
}

/** A time as a multiple of the floor's (a floor rounded to 0 counts as 0.1 ms). */
const timesFloor = (ms: number, floorMs: number) => round1(ms / Math.max(0.1, floorMs));

async function storedTop(db: Awaited<ReturnType<typeof openBenchDatabase>>["db"], jobIds: string[]): Promise<Map<string, TopEntry[]>> {
  const rows = await db.candidateMatching.findMany({
    where: { jobId: { in: jobIds }, rank: { not: null } },
    select: { jobId: true, candidateId: true, matchScore: true },
    orderBy: [{ jobId: "asc" }, { rank: "asc" }],
  });
  const top = new Map<string, TopEntry[]>(jobIds.map((id) => [id, []]));
  for (const row of rows) top.get(row.jobId)!.push({ candidateId: row.candidateId, matchScore: row.matchScore });
  return top;
}
