import type { Db } from "../lib/db";
import type { QueryCounter } from "./count-queries";
import { naiveRecalculateAll } from "./naive-recalculate";
import { measurePeakRss } from "./peak-rss";
import { spread } from "./spread";

export type NaiveRun = { fullRecalcMs: number; peakRssMb: number; queries: number; sampledJobs: number; extrapolated: boolean };

/**
 * The naive baseline over every active job (`jobIds`), or over `sample` of them spread over the
 * list: then its set-up shared by all jobs (catalog, jobs, implications) counts once and the
 * jobs' part, time and round trips, is scaled by jobs / sample. The peak RSS is the sample's own.
 */
export async function measureNaive(db: Db, counter: QueryCounter, jobIds: readonly string[], sample?: number): Promise<NaiveRun> {
  const sampled = sample === undefined ? [...jobIds] : spread(jobIds, sample);
  const extrapolated = sampled.length < jobIds.length;
  const start = { ms: performance.now(), queries: counter.count };
  const ready = { ...start };
  const run = await measurePeakRss(() =>
    naiveRecalculateAll(db, {
      ...(extrapolated ? { jobIds: sampled } : {}),
      onReady: () => {
        ready.ms = performance.now();
        ready.queries = counter.count;
      },
    }),
  );
  const scale = jobIds.length / Math.max(1, sampled.length);
  return {
    fullRecalcMs: Math.round(ready.ms - start.ms + (performance.now() - ready.ms) * scale),
    peakRssMb: run.peakRssMb,
    queries: Math.round(ready.queries - start.queries + (counter.count - ready.queries) * scale),
    sampledJobs: sampled.length,
    extrapolated,
  };
}
