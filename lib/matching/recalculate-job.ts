import { loadCatalog, type Catalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { MatchingError } from "./errors";
import { loadCandidateFeatures } from "./load-candidates";
import { loadJobs, type LoadedJob } from "./load-jobs";
import type { CandidateSource, LoadFeatures } from "./candidate-source";
import { contenderSource } from "./contender-source";
import { finishRun, startRun } from "./matching-run";
import { rankAndSave, type KeptRows } from "./rank-and-save";

export type JobResult = {
  runId: string;
  jobId: string;
  externalId: string | null;
  workspace: string;
  title: string;
  eligibleCandidates: number;
  ranked: number;
  keptOutsideTop: number;
  removed: number;
  bestScore: number | null;
  durationMs: number;
};

export type RecalculateJobOptions = {
  /** What asked for it: "cli", "cron", "manual", "response.created", … */
  trigger: string;
  /** When given, a job of another workspace is treated as not found. */
  workspaceId?: string;
  /** The run that asked for this one (a candidate's incremental run). */
  parentId?: string;
};

/** Recalculates one ACTIVE job's top 50. Throws MatchingError when the job is missing or not active. */
export async function recalculateJob(db: Db, jobId: string, options: RecalculateJobOptions): Promise<JobResult> {
  const catalog = await loadCatalog(db);
  const [job] = await loadJobs(db, catalog, { ids: [jobId] });
  if (!job || (options.workspaceId !== undefined && job.workspaceId !== options.workspaceId)) {
    throw new MatchingError("JOB_NOT_FOUND", `Job ${jobId} does not exist${options.workspaceId ? " in this workspace" : ""}`);
  }
  if (job.status !== "ACTIVE") {
    throw new MatchingError("JOB_NOT_ACTIVE", `Job ${jobId} is ${job.status}: only ACTIVE jobs are matched`);
  }
  const asOf = new Date();
  const loadFeatures: LoadFeatures = (ids) => loadCandidateFeatures(db, ids, asOf);
  const run = { trigger: options.trigger, ...(options.parentId ? { parentId: options.parentId } : {}) };
  return recalculateLoadedJob(db, catalog, job, run, (kept) => contenderSource(db, job, loadFeatures, asOf, kept));
}

/** Runs one job's recalculation inside its own MatchingRun row; `prepare` supplies the candidates (see rankAndSave). */
export async function recalculateLoadedJob(
  db: Db,
  catalog: Catalog,
  job: LoadedJob,
  run: { trigger: string; parentId?: string },
  prepare: (kept: KeptRows) => Promise<CandidateSource>,
): Promise<JobResult> {
  const started = performance.now();
  const runId = await startRun(db, { scope: "JOB", ...run, jobId: job.id, workspaceId: job.workspaceId });
  try {
    const saved = await rankAndSave(db, catalog, job, prepare);
    await finishRun(db, runId, { jobsProcessed: 1, candidatesConsidered: saved.eligibleCandidates, matchingsWritten: saved.ranked });
    return {
      runId,
      jobId: job.id,
      externalId: job.externalId,
      workspace: job.workspaceSlug,
      title: job.title,
      eligibleCandidates: saved.eligibleCandidates,
      ranked: saved.ranked,
      keptOutsideTop: saved.keptOutsideTop,
      removed: saved.removed,
      bestScore: saved.bestScore,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await finishRun(db, runId, { jobsProcessed: 0, candidatesConsidered: 0, matchingsWritten: 0 }, error);
    throw error;
  }
}
