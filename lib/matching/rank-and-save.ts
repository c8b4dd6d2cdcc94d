import type { Catalog } from "../catalog/load-catalog";
import type { Db, DbClient } from "../db";
import type { CandidatePool } from "../scoring/candidate-pool";
import { reasonFingerprinter } from "../explanations/reason-fingerprint";
import type { Scored } from "../scoring/rank-candidates";
import { rankTop } from "../scoring/rank-top";
import { scoreCandidate } from "../scoring/score-candidate";
import type { TokenDictionary } from "../scoring/score-key";
import type { CandidateFeatures, ResponseEvidence } from "../scoring/types";
import { buildReason } from "./build-reason";
import type { LoadedJob } from "./load-jobs";
import type { MatchStatus } from "./match-statuses";
import { TOP_N } from "./plan-matchings";
import { saveMatchings, StaleRankingError, type JobSave, type SaveResult } from "./save-matchings";

export type LoadFeatures = (ids: string[]) => Promise<ReadonlyMap<string, CandidateFeatures>>;

export type JobInputs = {
  /** The job's eligible candidates, or a superset: the ranking checks eligibility and counts. */
  pool: CandidatePool;
  /** The words dictionary the pool's inputs were made with. */
  dictionary: TokenDictionary;
  responses: ReadonlyMap<string, ResponseEvidence>;
  /** Loads candidates outside the pool whose rows recruiters kept. */
  loadFeatures: LoadFeatures;
  /** How many candidates are eligible, when the pool holds only those who can reach the top. */
  eligibleCount?: number;
};

/** Rows a recruiter kept (REJECTED, CONTACTED), by job. */
export type KeptRows = ReadonlyMap<string, readonly { candidateId: string; status: MatchStatus }[]>;

// A few more than the top, in case a recruiter rejects someone between this read and the save.
export const SPARE = 10;

export async function readKept(db: DbClient, jobIds: string[]): Promise<KeptRows> {
  const rows = await db.candidateMatching.findMany({
    where: { jobId: { in: jobIds }, status: { in: ["REJECTED", "CONTACTED"] } },
    select: { jobId: true, candidateId: true, status: true },
  });
  const kept = new Map<string, { candidateId: string; status: MatchStatus }[]>(jobIds.map((id) => [id, []]));
  for (const { jobId, ...row } of rows) kept.get(jobId)?.push(row);
  return kept;
}

/** The candidates recruiters rejected for a job: they take no place in its ranking. */
export function rejectedIds(kept: KeptRows, jobId: string): Set<string> {
  return new Set((kept.get(jobId) ?? []).filter((row) => row.status === "REJECTED").map((row) => row.candidateId));
}

/**
 * A job's new list, ready to save: the eligible candidates ranked (only the best scored in full),
 * the rows recruiters kept outside that list rescored.
 */
export async function rankJob(catalog: Catalog, job: LoadedJob, inputs: JobInputs, kept: KeptRows): Promise<JobSave & { eligibleCandidates: number }> {
  const { pool, dictionary, responses, loadFeatures } = inputs;
  const top = rankTop(job.features, pool, dictionary, { k: TOP_N + SPARE, responses, skip: rejectedIds(kept, job.id) });
  const scored = new Map<string, Scored>(top.ranked.map((entry) => [entry.candidateId, entry]));

  const missing = (kept.get(job.id) ?? []).map((row) => row.candidateId).filter((id) => !scored.has(id));
  if (missing.length > 0) {
    for (const candidate of (await loadFeatures(missing)).values()) {
      const breakdown = scoreCandidate(job.features, candidate, responses.get(candidate.id));
      scored.set(candidate.id, { candidateId: candidate.id, breakdown });
    }
  }
  const fingerprint = reasonFingerprinter(job, catalog);
  return {
    jobId: job.id,
    ranked: top.ranked,
    complete: top.ranked.length < TOP_N + SPARE,
    refreshed: scored,
    reasonFor: (entry) => buildReason(entry.breakdown, catalog),
    fingerprintFor: (entry) => fingerprint(entry.breakdown),
    eligibleCandidates: inputs.eligibleCount ?? top.eligible,
  };
}

/**
 * The heart of a job's recalculation, shared by the single-job path and the all-jobs path's
 * fallback: rank, rescore the kept rows, save atomically. `prepare` supplies the candidates, given
 * the kept rows the ranking will use; both are read again when recruiters rejected too many of
 * the ranking before its save, so each pass sees every rejection made before it (rejections of a
 * job are finite, so this ends).
 */
export async function rankAndSave(
  db: Db,
  catalog: Catalog,
  job: LoadedJob,
  prepare: (kept: KeptRows) => Promise<JobInputs>,
): Promise<SaveResult & { eligibleCandidates: number }> {
  for (;;) {
    const kept = await readKept(db, [job.id]);
    const save = await rankJob(catalog, job, await prepare(kept), kept);
    try {
      const [saved] = await saveMatchings(db, [save]);
      return { ...saved!, eligibleCandidates: save.eligibleCandidates };
    } catch (error) {
      if (!(error instanceof StaleRankingError)) throw error;
    }
  }
}
