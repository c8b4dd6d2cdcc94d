import type { DbClient } from "../db";
import { compareRankKeys, type RankKey } from "../scoring/rank-candidates";
import { TOP_N } from "./plan-matchings";

type ListEnd = { jobId: string; ranked: number; matchScore: number; skills: number; domains: number; own: boolean };

/**
 * The jobs whose list a candidate's new rank keys (null where not eligible) may change: those
 * holding a row of theirs, and those they would enter, with a place free or a key ahead of the
 * worst ranked one. Only these need their whole list read and planned (planCandidateUpdate): a
 * candidate is considered by a few hundred jobs and changes a handful, and reading every list
 * was the largest cost of incremental matching. A key tied with the worst one, tie-breakers
 * aside, is planned too.
 */
export async function jobsToPlan(db: DbClient, candidateId: string, keys: ReadonlyMap<string, RankKey | null>): Promise<string[]> {
  const jobIds = [...keys.keys()];
  const ends = await db.$queryRaw<ListEnd[]>`
    SELECT "jobId", ranked, "matchScore", skills, domains, false AS own FROM (
      SELECT DISTINCT ON ("jobId") "jobId", (count(*) OVER (PARTITION BY "jobId"))::int AS ranked,
             "matchScore", "skillsMatch" AS skills, "domainMatch" AS domains
      FROM "CandidateMatching" WHERE "jobId" = ANY(${jobIds}::uuid[]) AND rank IS NOT NULL
      ORDER BY "jobId", "matchScore", "skillsMatch", "domainMatch"
    ) worst
    UNION ALL
    SELECT "jobId", 0, 0, 0, 0, true FROM "CandidateMatching"
    WHERE "candidateId" = ${candidateId}::uuid AND "jobId" = ANY(${jobIds}::uuid[])`;
  const worst = new Map<string, ListEnd>();
  const own = new Set<string>();
  for (const end of ends) {
    if (end.own) own.add(end.jobId);
    else worst.set(end.jobId, end);
  }
  return jobIds.filter((jobId) => {
    if (own.has(jobId)) return true;
    const key = keys.get(jobId);
    if (!key) return false;
    const end = worst.get(jobId);
    if (!end || end.ranked < TOP_N) return true;
    // Tie-breakers aside: the candidate ids' order is left to planCandidateUpdate.
    return compareRankKeys({ ...key, candidateId: "" }, { ...end, candidateId: "" }) <= 0;
  });
}
