import { randomUUID } from "node:crypto";
import { loadCatalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { reasonFingerprinter } from "../explanations/reason-fingerprint";
import { rankKey } from "../scoring/rank-candidates";
import { scoreCandidate } from "../scoring/score-candidate";
import { applyCandidatePlans, hasWrites, readStoredRows, type CandidateScore } from "./apply-candidate-plans";
import { buildReason } from "./build-reason";
import { MatchingError } from "./errors";
import { findCandidateJobIds } from "./find-candidate-jobs";
import { jobsToPlan } from "./jobs-to-plan";
import { loadCandidateFeatures } from "./load-candidates";
import { loadJobs } from "./load-jobs";
import { finishRun, recordJobRuns, startRun } from "./matching-run";
import { planCandidateUpdate } from "./plan-matchings";
import { recalculateJob } from "./recalculate-job";

export type MatchCandidateOptions = {
  /** What asked for it: "candidate.updated", "import", … */
  trigger: string;
  /**
   * Jobs whose full top 50 the candidate left need a full recalculation (the next best candidate
   * is not stored). By default it runs here, before returning; `true` leaves it to the caller
   * (the Inngest function sends one gig/ranking.recalculate event per job instead).
   */
  deferFullRecalculation?: boolean;
};

export type CandidateMatchResult = {
  runId: string;
  candidateId: string;
  /** ACTIVE jobs sharing a required skill and a domain with the candidate, or holding a row of theirs. */
  jobsConsidered: number;
  /** Jobs whose list changed: the candidate entered, moved, left, or had their kept row refreshed. */
  jobsChanged: number;
  /** Jobs whose top 50 now holds the candidate. */
  rankedIn: number;
  /** Jobs that needed a full recalculation, and whether it was done here. */
  fullRecalculations: { jobId: string; workspaceId: string }[];
  fullRecalculationsDone: boolean;
  durationMs: number;
};

/**
 * Matches one candidate against every ACTIVE job they can affect, after their profile changed:
 * scores them per job, then inserts them where they now belong, renumbers, drops who is displaced
 * and removes or unranks them where they fell out, with the status rules and atomicity of a full
 * recalculation (planCandidateUpdate, applyCandidatePlans). Other candidates' stored scores are
 * taken as they are: they change only through their own runs or a job's recalculation.
 */
export async function matchCandidate(db: Db, candidateId: string, options: MatchCandidateOptions): Promise<CandidateMatchResult> {
  const started = performance.now();
  const asOf = new Date();
  const candidate = (await loadCandidateFeatures(db, [candidateId], asOf)).get(candidateId);
  if (!candidate) throw new MatchingError("CANDIDATE_NOT_FOUND", `Candidate ${candidateId} does not exist`);
  const runId = await startRun(db, { scope: "CANDIDATE", trigger: options.trigger, candidateId });
  try {
    const jobIds = await findCandidateJobIds(db, candidate);
    const catalog = await loadCatalog(db);
    const [jobs, responses] = await Promise.all([
      loadJobs(db, catalog, { ids: jobIds, status: "ACTIVE" }),
      db.response.findMany({
        where: { candidateId, jobId: { in: jobIds } },
        select: { jobId: true, screeningScore: true, interviewScore: true },
      }),
    ]);
    const responseOf = new Map(responses.map((response) => [response.jobId, response]));
    const scoredIn = new Map(
      jobs.map((job) => [job.id, { candidateId, breakdown: scoreCandidate(job.features, candidate, responseOf.get(job.id)) }]),
    );
    const keys = new Map([...scoredIn].map(([jobId, scored]) => [jobId, scored.breakdown.eligible ? rankKey(scored) : null]));
    const stored = await readStoredRows(db, await jobsToPlan(db, candidateId, keys), candidateId);
    const scores = new Map<string, CandidateScore>();
    for (const job of jobs.filter((job) => stored.has(job.id))) {
      const scored = scoredIn.get(job.id)!;
      // Planned once without locks to lock only the jobs that change; planned again under them.
      const plan = planCandidateUpdate(stored.get(job.id)!, candidateId, keys.get(job.id)!);
      if (hasWrites(plan) || plan.needsFullRecalculation) {
        scores.set(job.id, { jobId: job.id, scored, fingerprint: reasonFingerprinter(job, catalog)(scored.breakdown) });
      }
    }
    const workspaceOf = new Map(jobs.map((job) => [job.id, job.workspaceId]));
    const applied = await db.$transaction(
      async (tx) => {
        const result = await applyCandidatePlans(tx, candidateId, scores, (scored) => buildReason(scored.breakdown, catalog));
        // A part per job whose list changed, with it: each workspace's runs page shows its own jobs' parts.
        if (result.changedJobIds.length === 0) return result;
        await recordJobRuns(
          tx,
          result.changedJobIds.map((jobId) => ({
            id: randomUUID(),
            parentId: runId,
            trigger: options.trigger,
            jobId,
            workspaceId: workspaceOf.get(jobId)!,
            startedAt: asOf,
            jobsProcessed: 1,
            candidatesConsidered: 1,
            matchingsWritten: result.writesPerJob.get(jobId) ?? 0,
          })),
        );
        return result;
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
    const needsFull = jobs
      .filter((job) => applied.needsFullRecalculation.includes(job.id))
      .map((job) => ({ jobId: job.id, workspaceId: job.workspaceId }));
    if (!options.deferFullRecalculation) {
      for (const { jobId } of needsFull) await recalculateJob(db, jobId, { trigger: options.trigger, parentId: runId });
    }
    await finishRun(db, runId, { jobsProcessed: jobs.length, candidatesConsidered: 1, matchingsWritten: applied.rowsWritten });
    return {
      runId,
      candidateId,
      jobsConsidered: jobs.length,
      jobsChanged: applied.changedJobIds.length + (options.deferFullRecalculation ? 0 : needsFull.length),
      rankedIn: applied.rankedIn,
      fullRecalculations: needsFull,
      fullRecalculationsDone: !options.deferFullRecalculation,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await finishRun(db, runId, { jobsProcessed: 0, candidatesConsidered: 0, matchingsWritten: 0 }, error);
    throw error;
  }
}
