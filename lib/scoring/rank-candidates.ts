import { scoreCandidate } from "./score-candidate";
import type { Breakdown, CandidateFeatures, JobFeatures, ResponseEvidence } from "./types";

export type Scored = { candidateId: string; breakdown: Breakdown };

/** Best first; ties go to the better skills, then domains, then the smaller candidate id, so a ranking is reproducible. */
export function compareScored(a: Scored, b: Scored): number {
  return (
    b.breakdown.matchScore - a.breakdown.matchScore ||
    b.breakdown.criteria.skills - a.breakdown.criteria.skills ||
    b.breakdown.criteria.domains - a.breakdown.criteria.domains ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}

/** Scores every candidate and returns the eligible ones, best first. */
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
