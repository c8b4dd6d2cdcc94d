import { randomUUID } from "node:crypto";
import type { Catalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import type { LoadedJob } from "./load-jobs";
import { recordJobRuns } from "./matching-run";
import type { CandidateSource } from "./candidate-source";
import { rankJob, readKept } from "./rank-and-save";
import { recalculateLoadedJob, type JobResult } from "./recalculate-job";
import { saveMatchings, type JobSave } from "./save-matchings";

type Prepared = { job: LoadedJob; save: JobSave & { eligibleCandidates: number }; startedAt: Date; rankMs: number };

/** A group of jobs ranked and ready to save together, or, when ranking failed, only their sources. */
export type PreparedGroup = { jobs: LoadedJob[]; sources: CandidateSource[]; prepared: Prepared[] | null };

export type GroupOutcome = { results: JobResult[]; failures: { job: LoadedJob; error: unknown }[] };

/** Ranks a group of jobs: their kept rows in one query, then each job's top. */
export async function prepareGroup(db: Db, catalog: Catalog, jobs: LoadedJob[], sources: CandidateSource[]): Promise<PreparedGroup> {
  try {
    const kept = await readKept(
      db,
      jobs.map((job) => job.id),
    );
    const prepared: Prepared[] = [];
    for (const [i, job] of jobs.entries()) {
      const started = performance.now();
      const startedAt = new Date();
      const save = await rankJob(catalog, job, sources[i]!, kept);
      prepared.push({ job, save, startedAt, rankMs: performance.now() - started });
    }
    return { jobs, sources, prepared };
  } catch (error) {
    // Each job then runs alone, where its own failure is recorded against it.
    logGroupFallback("ranking", jobs, error);
    return { jobs, sources, prepared: null };
  }
}

/**
 * Saves a group's lists and their run rows in one transaction. If it fails, each job of the
 * group is recalculated alone, so one bad job (gone, or its write refused) fails only itself.
 */
export async function saveGroup(
  db: Db,
  catalog: Catalog,
  group: PreparedGroup,
  run: { trigger: string; parentId: string },
): Promise<GroupOutcome> {
  const { prepared } = group;
  if (prepared) {
    const started = performance.now();
    const runIds = prepared.map(() => randomUUID());
    try {
      const saved = await saveMatchings(
        db,
        prepared.map((p) => p.save),
        (tx, results) =>
          recordJobRuns(
            tx,
            prepared.map((p, i) => ({
              id: runIds[i]!,
              ...run,
              jobId: p.job.id,
              workspaceId: p.job.workspaceId,
              startedAt: p.startedAt,
              jobsProcessed: 1,
              candidatesConsidered: p.save.eligibleCandidates,
              matchingsWritten: results[i]!.ranked,
            })),
          ),
      );
      const saveShare = (performance.now() - started) / prepared.length;
      const results = prepared.map((p, i) => ({
        runId: runIds[i]!,
        jobId: p.job.id,
        externalId: p.job.externalId,
        workspace: p.job.workspaceSlug,
        title: p.job.title,
        eligibleCandidates: p.save.eligibleCandidates,
        ...saved[i]!,
        durationMs: Math.round(p.rankMs + saveShare),
      }));
      return { results, failures: [] };
    } catch (error) {
      logGroupFallback("saving", group.jobs, error);
    }
  }
  const outcome: GroupOutcome = { results: [], failures: [] };
  for (const [i, job] of group.jobs.entries()) {
    try {
      outcome.results.push(await recalculateLoadedJob(db, catalog, job, run, async () => group.sources[i]!));
    } catch (error) {
      outcome.failures.push({ job, error });
    }
  }
  return outcome;
}

/**
 * Says why a group fell back to one job at a time, naming its jobs: the retry records only a job
 * that fails alone, so a cause that failed the group and not its jobs would otherwise be lost.
 */
function logGroupFallback(step: "ranking" | "saving", jobs: LoadedJob[], error: unknown): void {
  const ids = jobs.map((job) => job.id).join(", ");
  console.warn(`[recalculate] ${step} a group of ${jobs.length} jobs failed; recalculating each alone. Jobs: ${ids}`, error);
}
