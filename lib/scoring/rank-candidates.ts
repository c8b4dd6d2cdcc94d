import type { Breakdown } from "./types";

export type Scored = { candidateId: string; breakdown: Breakdown };

/** What a ranking compares: also what a stored matching row keeps (matchScore, skillsMatch, domainMatch). */
export type RankKey = { candidateId: string; matchScore: number; skills: number; domains: number };

export const rankKey = (scored: Scored): RankKey => ({
  candidateId: scored.candidateId,
  matchScore: scored.breakdown.matchScore,
  skills: scored.breakdown.criteria.skills,
  domains: scored.breakdown.criteria.domains,
});

/** Best first; ties go to the better skills, then domains, then the smaller candidate id, so a ranking is reproducible. */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return b.matchScore - a.matchScore || b.skills - a.skills || b.domains - a.domains || compareIds(a.candidateId, b.candidateId);
}

/** compareRankKeys on scored candidates (without building keys: it runs in every sort). */
export function compareScored(a: Scored, b: Scored): number {
  return (
    b.breakdown.matchScore - a.breakdown.matchScore ||
    b.breakdown.criteria.skills - a.breakdown.criteria.skills ||
    b.breakdown.criteria.domains - a.breakdown.criteria.domains ||
    compareIds(a.candidateId, b.candidateId)
  );
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
