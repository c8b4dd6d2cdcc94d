import { compareScored, type Scored } from "../../lib/scoring/rank-candidates";
import { scoreCandidate } from "../../lib/scoring/score-candidate";
import type { CandidateFeatures, JobFeatures, ResponseEvidence } from "../../lib/scoring/types";

/**
 * Every candidate scored in full, the eligible ones best first: the plain ranking the product's
 * fast path (rankTop) must equal.
 */
export function rankCandidates(
  job: JobFeatures,
  candidates: Iterable<CandidateFeatures>,
  responses: ReadonlyMap<string, ResponseEvidence> = new Map(),
): Scored[] {
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const breakdown = scoreCandidate(job, candidate, responses.get(candidate.id));
    if (breakdown.eligible) scored.push({ candidateId: candidate.id, breakdown });
  }
  return scored.sort(compareScored);
}
