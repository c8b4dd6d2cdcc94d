import { loadCatalog } from "../lib/catalog/load-catalog";
import type { Db } from "../lib/db";
import { loadJobs } from "../lib/matching/load-jobs";
import { scoreFloor } from "./floor-score";
import { readSummaries } from "./floor-summaries";
import { openFloorTable } from "./floor-table";
import { percentile } from "./percentile";
import { round1 } from "./round";

/** The issue's `floor` document: milliseconds to one decimal. */
export type FloorResult = {
  streamMs: number;
  scoreMs: number;
  writeMs: number;
  floorMs: number;
  eligiblePairs: number;
  singleJobP50Ms: number;
  singleJobP95Ms: number;
};

/**
 * What the hardware and database in use need for the product's work at the least, measured in
 * the same run so the product's figures can be given as multiples of it. For every active job:
 * stream every candidate's summary (one query), score every eligible pair in a tight loop keeping
 * a top 50 per job (scoreFloor), write every job's rows (one statement, openFloorTable). For each
 * of `singleJobIds`: the same three for that job alone, its summaries found by the product's GIN
 * prefilter. Loading the jobs is not counted.
 */
export async function measureFloor(db: Db, singleJobIds: readonly string[]): Promise<FloorResult> {
  const jobs = await loadJobs(db, await loadCatalog(db), { status: "ACTIVE" });
  const table = await openFloorTable(db);
  try {
    let started = performance.now();
    const summaries = await readSummaries(db);
    const streamMs = performance.now() - started;
    started = performance.now();
    const { eligiblePairs, rows } = scoreFloor(jobs, summaries);
    const scoreMs = performance.now() - started;
    started = performance.now();
    await table.write(rows);
    const writeMs = performance.now() - started;

    const durations: number[] = [];
    for (const id of singleJobIds) {
      const job = jobs.find((candidate) => candidate.id === id);
      if (!job) throw new Error(`floor: job ${id} is not active`);
      started = performance.now();
      await table.write(scoreFloor([job], await readSummaries(db, job.features)).rows);
      durations.push(performance.now() - started);
    }
    return {
      streamMs: round1(streamMs),
      scoreMs: round1(scoreMs),
      writeMs: round1(writeMs),
      floorMs: round1(streamMs + scoreMs + writeMs),
      eligiblePairs,
      singleJobP50Ms: round1(percentile(durations, 50)),
      singleJobP95Ms: round1(percentile(durations, 95)),
    };
  } finally {
    await table.drop();
  }
}
