import type { Catalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { reasonFingerprinter } from "../explanations/reason-fingerprint";
import type { Scored } from "../scoring/rank-candidates";
import { rankTop } from "../scoring/rank-top";
import { scoreCandidate } from "../scoring/score-candidate";
import type { ScoringInput, TokenDictionary } from "../scoring/score-key";
import type { CandidateFeatures, ResponseEvidence } from "../scoring/types";
import { buildReason } from "./build-reason";
import type { LoadedJob } from "./load-jobs";
import { TOP_N } from "./plan-matchings";
import { saveMatchings, type SaveResult } from "./save-matchings";

export type LoadFeatures = (ids: string[]) => Promise<ReadonlyMap<string, CandidateFeatures>>;

export type JobInputs = {
  /** The job's eligible candidates, or a superset: the ranking checks eligibility and counts. */
  eligible: Iterable<ScoringInput>;
  /** The words dictionary `eligible` was made with. */
  dictionary: TokenDictionary;
  responses: ReadonlyMap<string, ResponseEvidence>;
  /** Loads candidates outside `eligible` whose rows recruiters kept. */
  loadFeatures: LoadFeatures;
};

// A few more than the top, in case a recruiter rejects someone between this read and the save.
const SPARE = 10;

/**
 * The heart of a job's recalculation, shared by the single-job and all-jobs paths: rank the
 * eligible candidates (keeping only the best, scored in full), rescore the rows recruiters kept
 * outside that list, save atomically.
 */
export async function rankAndSave(
  db: Db,
  catalog: Catalog,
  job: LoadedJob,
  { eligible, dictionary, responses, loadFeatures }: JobInputs,
): Promise<SaveResult & { eligibleCandidates: number }> {
  const kept = await db.candidateMatching.findMany({
    where: { jobId: job.id, status: { in: ["REJECTED", "CONTACTED"] } },
    select: { candidateId: true, status: true },
  });
  const rejected = new Set(kept.filter((row) => row.status === "REJECTED").map((row) => row.candidateId));
  const top = rankTop(job.features, eligible, dictionary, { k: TOP_N + SPARE, responses, skip: rejected });
  const scored = new Map<string, Scored>(top.ranked.map((entry) => [entry.candidateId, entry]));

  const missing = kept.map((row) => row.candidateId).filter((id) => !scored.has(id));
  if (missing.length > 0) {
    for (const candidate of (await loadFeatures(missing)).values()) {
      const breakdown = scoreCandidate(job.features, candidate, responses.get(candidate.id));
      scored.set(candidate.id, { candidateId: candidate.id, breakdown });
    }
  }
  const fingerprint = reasonFingerprinter(job, catalog);
  const saved = await saveMatchings(
    db,
    job.id,
    top.ranked,
    scored,
    (entry) => buildReason(entry.breakdown, catalog),
    (entry) => fingerprint(entry.breakdown),
  );
  return { ...saved, eligibleCandidates: top.eligible };
}
