import type { Catalog } from "../catalog/load-catalog";
import type { Db, DbClient } from "../db";
import { reasonFingerprinter } from "../explanations/reason-fingerprint";
import type { Scored } from "../scoring/rank-candidates";
import { scoreCandidate } from "../scoring/score-candidate";
import { buildReason } from "./build-reason";
import { rankSource, type CandidateSource } from "./candidate-source";
import type { LoadedJob } from "./load-jobs";
import type { MatchStatus } from "./match-statuses";
import { TOP_N } from "./plan-matchings";
import { saveMatchings, StaleRankingError, type JobSave, type SaveResult } from "./save-matchings";

/** Rows a recruiter kept (REJECTED, CONTACTED), by job. */
export type KeptRows = ReadonlyMap<string, readonly { candidateId: string; status: MatchStatus }[]>;

// A few more than the top, in case a recruiter rejects someone between this read and the save.
const SPARE = 10;

/** How many candidates a job's ranking scores in full and hands to the save. */
export const RANKED = TOP_N + SPARE;

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
 * A job's new list, ready to save: the eligible candidates the source gives ranked (only the best
 * scored in full), the rows recruiters kept outside that list rescored. The one ranking of both
 * the single-job and the all-jobs paths; only their sources differ.
 */
export async function rankJob(
  catalog: Catalog,
  job: LoadedJob,
  source: CandidateSource,
  kept: KeptRows,
): Promise<JobSave & { eligibleCandidates: number }> {
  const { responses, loadFeatures } = source;
  const top = await rankSource(job.features, source, { k: RANKED, skip: rejectedIds(kept, job.id) });
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
    complete: top.ranked.length < RANKED,
    refreshed: scored,
    reasonFor: (entry) => buildReason(entry.breakdown, catalog),
    fingerprintFor: (entry) => fingerprint(entry.breakdown),
    eligibleCandidates: top.eligible,
  };
}

// Going stale takes recruiters rejecting more of a ranking than its spares while it is saved;
// three times in a row is no longer bad luck, and each pass holds a request or an Inngest step.
export const MAX_RANKING_ATTEMPTS = 3;

/**
 * The heart of a job's recalculation, shared by the single-job path and the all-jobs path's
 * fallback: rank, rescore the kept rows, save atomically. `prepare` supplies the candidates, given
 * the kept rows the ranking will use; both are read again when recruiters rejected too many of
 * the ranking before its save, so each pass sees every rejection made before it. After
 * MAX_RANKING_ATTEMPTS stale passes it gives up, having written nothing, and says so.
 */
export async function rankAndSave(
  db: Db,
  catalog: Catalog,
  job: LoadedJob,
  prepare: (kept: KeptRows) => Promise<CandidateSource>,
): Promise<SaveResult & { eligibleCandidates: number }> {
  for (let attempt = 1; ; attempt++) {
    const kept = await readKept(db, [job.id]);
    const save = await rankJob(catalog, job, await prepare(kept), kept);
    try {
      const [saved] = await saveMatchings(db, [save]);
      return { ...saved!, eligibleCandidates: save.eligibleCandidates };
    } catch (error) {
      if (!(error instanceof StaleRankingError)) throw error;
      if (attempt >= MAX_RANKING_ATTEMPTS) {
        throw new Error(
          `Job ${job.id}: recruiters rejected candidates of its ranking faster than it could be saved ` +
            `(${attempt} attempts); its list is unchanged, recalculate it again`,
          { cause: error },
        );
      }
    }
  }
}
