import { loadCatalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { scoringInput, type ScoringInput, type TokenDictionary } from "../scoring/score-key";
import { findEligibleCandidateIds } from "./find-eligible";
import { loadCandidateFeatures } from "./load-candidates";
import { loadJobs, type LoadedJob } from "./load-jobs";
import { loadResponses } from "./load-responses";
import { finishRun, startRun } from "./matching-run";
import { recalculateLoadedJob, type JobResult } from "./recalculate-job";

export type JobFailure = { jobId: string; externalId: string | null; workspace: string; title: string; error: string };

export type AllJobsResult = { runId: string; jobs: JobResult[]; failures: JobFailure[]; durationMs: number };

export type RecalculateAllOptions = {
  trigger: string;
  /** Called after each job, for progress bars. */
  onJob?: (done: number, total: number, job: LoadedJob) => void;
};

/**
 * Recalculates every ACTIVE job. Candidates are loaded once for all jobs (those matching any
 * job's requirements) and indexed by skill in memory, so each job only scores its own eligible
 * candidates. A job that fails is recorded and the others go on.
 */
export async function recalculateAllJobs(db: Db, options: RecalculateAllOptions): Promise<AllJobsResult> {
  const started = performance.now();
  const runId = await startRun(db, { scope: "ALL", trigger: options.trigger });
  const results: JobResult[] = [];
  const failures: JobFailure[] = [];
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
    // Job-independent criteria once per candidate, and the candidates by skill, for every job.
    const dictionary: TokenDictionary = new Map();
    const inputs = [...pool.values()].map((features) => scoringInput(features, dictionary));
    const bySkill = indexBySkill(inputs);
    const seen = new Uint32Array(inputs.length);
    const responses = await loadResponses(db, jobs.map((job) => job.id));
    const loadFeatures = async (ids: string[]) => {
      const known = ids.filter((id) => pool.has(id));
      const extra = await loadCandidateFeatures(db, ids.filter((id) => !pool.has(id)), asOf);
      for (const id of known) extra.set(id, pool.get(id)!);
      return extra;
    };

    for (const [index, job] of jobs.entries()) {
      try {
        results.push(
          await recalculateLoadedJob(db, catalog, job, { trigger: options.trigger, parentId: runId }, async () => ({
            eligible: eligibleFor(job, inputs, bySkill, seen, index + 1),
            dictionary,
            responses: responses.get(job.id) ?? new Map(),
            loadFeatures,
          })),
        );
      } catch (error) {
        failures.push({ jobId: job.id, externalId: job.externalId, workspace: job.workspaceSlug, title: job.title, error: String(error) });
      }
      options.onJob?.(index + 1, jobs.length, job);
    }
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

/** Indexes of the candidates holding each skill. */
function indexBySkill(inputs: readonly ScoringInput[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  inputs.forEach((input, i) => {
    for (const skillId of input.features.skillIds) {
      const list = index.get(skillId);
      if (list) list.push(i);
      else index.set(skillId, [i]);
    }
  });
  return index;
}

/**
 * Exactly the job's eligible candidates: one of its required skills (by index) and a shared
 * domain, each once: `seen` marks those already taken for this job with its number `stamp`,
 * instead of a set of ids per job.
 */
function eligibleFor(job: LoadedJob, inputs: readonly ScoringInput[], bySkill: ReadonlyMap<number, number[]>, seen: Uint32Array, stamp: number): ScoringInput[] {
  const eligible: ScoringInput[] = [];
  for (const skillId of job.features.requiredSkillIds) {
    for (const i of bySkill.get(skillId) ?? []) {
      if (seen[i] === stamp) continue;
      seen[i] = stamp;
      const input = inputs[i]!;
      for (const domainId of job.features.domainIds) {
        if (input.features.domainIds.has(domainId)) {
          eligible.push(input);
          break;
        }
      }
    }
  }
  return eligible;
}
