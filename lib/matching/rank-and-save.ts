import type { Catalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { reasonFingerprinter } from "../explanations/reason-fingerprint";
import { rankCandidates, type Scored } from "../scoring/rank-candidates";
import { scoreCandidate } from "../scoring/score-candidate";
import type { CandidateFeatures, ResponseEvidence } from "../scoring/types";
import { buildReason } from "./build-reason";
import type { LoadedJob } from "./load-jobs";
import { saveMatchings, type SaveResult } from "./save-matchings";

export type LoadFeatures = (ids: string[]) => Promise<ReadonlyMap<string, CandidateFeatures>>;

export type JobInputs = {
  eligible: Iterable<CandidateFeatures>;
  responses: ReadonlyMap<string, ResponseEvidence>;
  /** Loads candidates outside `eligible` whose rows recruiters kept. */
  loadFeatures: LoadFeatures;
};

/**
 * The heart of a job's recalculation, shared by the single-job and all-jobs paths: rank the
 * eligible candidates, rescore the rows recruiters kept outside that list, save atomically.
 */
export async function rankAndSave(
  db: Db,
  catalog: Catalog,
  job: LoadedJob,
  { eligible, responses, loadFeatures }: JobInputs,
): Promise<SaveResult & { eligibleCandidates: number }> {
  const ranked = rankCandidates(job.features, eligible, responses);
  const scored = new Map<string, Scored>(ranked.map((entry) => [entry.candidateId, entry]));

  const kept = await db.candidateMatching.findMany({
    where: { jobId: job.id, status: { in: ["REJECTED", "CONTACTED"] } },
    select: { candidateId: true },
  });
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
    ranked,
    scored,
    (entry) => buildReason(entry.breakdown, catalog),
    (entry) => fingerprint(entry.breakdown),
  );
  return { ...saved, eligibleCandidates: ranked.length };
}
