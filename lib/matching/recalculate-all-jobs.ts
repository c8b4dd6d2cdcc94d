import { loadCatalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { candidatePool } from "../scoring/candidate-pool";
import { scoringInput, type TokenDictionary } from "../scoring/score-key";
import { poolSource } from "./candidate-source";
import { findEligibleCandidateIds } from "./find-eligible";
import { loadCandidateFeatures } from "./load-candidates";
import { loadJobs, type LoadedJob } from "./load-jobs";
import { loadResponses } from "./load-responses";
import { finishRun, startRun } from "./matching-run";
import type { JobResult } from "./recalculate-job";
import { prepareGroup, saveGroup } from "./save-job-group";

// Jobs saved per transaction: round trips divided by about this much, and locks held for a
// fraction of a second.
const GROUP_SIZE = 25;

export type JobFailure = { jobId: string; externalId: string | null; workspace: string; title: string; error: string };

export type AllJobsResult = { runId: string; jobs: JobResult[]; failures: JobFailure[]; durationMs: number };

export type RecalculateAllOptions = {
  trigger: string;
  /** Called after each job, for progress bars. */
  onJob?: (done: number, total: number, job: LoadedJob) => void;
};

/**
 * Recalculates every ACTIVE job. Candidates are loaded once for all jobs (those matching any
 * job's requirements) and laid out as a pool that each job scans for its eligible candidates,
 * scoring only those who can still reach its top. Jobs are saved in groups, one transaction each
 * (a failed group is retried job by job); a job that fails is recorded and the others go on.
 */
export async function recalculateAllJobs(db: Db, options: RecalculateAllOptions): Promise<AllJobsResult> {
  const started = performance.now();
  const runId = await startRun(db, { scope: "ALL", trigger: options.trigger });
  const results: JobResult[] = [];
  const failures: JobFailure[] = [];
  let done = 0;
  try {
    const catalog = await loadCatalog(db);
    const jobs = await loadJobs(db, catalog, { status: "ACTIVE" });
    const asOf = new Date();
    const union = (pick: (job: LoadedJob) => readonly number[]) => [...new Set(jobs.flatMap(pick))];
    const pool = await loadCandidateFeatures(
      db,
      await findEligibleCandidateIds(db, {
        requiredSkillIds: union((job) => job.features.requiredSkillIds),
        domainIds: union((job) => job.features.domainIds),
      }),
      asOf,
    );
    // Job-independent criteria once per candidate, and their domains and skills laid out for
    // the scans of every job.
    const dictionary: TokenDictionary = new Map();
    const candidates = candidatePool([...pool.values()].map((features) => scoringInput(features, dictionary)));
    const responses = await loadResponses(
      db,
      jobs.map((job) => job.id),
    );
    const loadFeatures = async (ids: string[]) => {
      const known = ids.filter((id) => pool.has(id));
      const extra = await loadCandidateFeatures(
        db,
        ids.filter((id) => !pool.has(id)),
        asOf,
      );
      for (const id of known) extra.set(id, pool.get(id)!);
      return extra;
    };

    // Jobs are saved in groups, one transaction each; the next group is ranked (CPU here) while
    // the previous one is written (CPU in the database), so the two overlap.
    const run = { trigger: options.trigger, parentId: runId };
    let saving: Promise<void> = Promise.resolve();
    for (let start = 0; start < jobs.length; start += GROUP_SIZE) {
      const group = jobs.slice(start, start + GROUP_SIZE);
      const sources = group.map((job) => poolSource(candidates, dictionary, responses.get(job.id) ?? new Map(), loadFeatures));
      const prepared = await prepareGroup(db, catalog, group, sources);
      await saving;
      saving = saveGroup(db, catalog, prepared, run).then((outcome) => {
        results.push(...outcome.results);
        for (const { job, error } of outcome.failures) {
          failures.push({
            jobId: job.id,
            externalId: job.externalId,
            workspace: job.workspaceSlug,
            title: job.title,
            error: String(error),
          });
        }
        for (const job of group) options.onJob?.(++done, jobs.length, job);
      });
    }
    await saving;
    const counts = {
      jobsProcessed: results.length,
      candidatesConsidered: pool.size,
      matchingsWritten: results.reduce((sum, job) => sum + job.ranked, 0),
    };
    await finishRun(db, runId, counts, failures.length > 0 ? `${failures.length} of ${jobs.length} jobs failed` : undefined);
    return { runId, jobs: results, failures, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    await finishRun(db, runId, { jobsProcessed: results.length, candidatesConsidered: 0, matchingsWritten: 0 }, error);
    throw error;
  }
}
