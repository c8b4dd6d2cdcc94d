import { loadCatalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { explainJob, type ExplainOptions, type ExplainResult } from "./explain-job";

export type ExplainTotals = { jobs: ExplainResult[]; pending: number; written: number; keptTemplate: number; requests: number };

/**
 * Explains several jobs, a few at a time (the limiter's concurrency: more jobs in flight would
 * only wait for it). A job whose pass fails outright (its database, not the model) is reported
 * with its error and the others go on.
 */
export async function explainJobs(db: Db, jobIds: readonly string[], options: ExplainOptions): Promise<ExplainTotals> {
  const catalog = options.catalog ?? (await loadCatalog(db));
  const jobs: ExplainResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobIds.length) {
      const jobId = jobIds[next++]!;
      try {
        jobs.push(await explainJob(db, jobId, { ...options, catalog }));
      } catch (error) {
        jobs.push({
          jobId,
          pending: 0,
          written: 0,
          keptTemplate: 0,
          requests: 0,
          errors: [error instanceof Error ? error.message : String(error)],
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.limiter.maxConcurrent, jobIds.length) }, worker));
  const sum = (pick: (job: ExplainResult) => number) => jobs.reduce((total, job) => total + pick(job), 0);
  return {
    jobs,
    pending: sum((job) => job.pending),
    written: sum((job) => job.written),
    keptTemplate: sum((job) => job.keptTemplate),
    requests: sum((job) => job.requests),
  };
}
