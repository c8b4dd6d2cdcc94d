import type { CandidateFeatures, JobFeatures } from "../types";

export type DomainsResult = { score: number; shared: number[]; missing: number[] };

/** The domains criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const DOMAINS = {
  /** Points for covering the job's domains, in proportion. */
  coverageShare: 90,
  /** Points added when the candidate covers all of them. */
  allCoveredBonus: 10,
} as const;

/** Share of the job's domains the candidate covers (90 points), plus 10 when they cover all. */
export function domainsScore(job: JobFeatures, candidate: CandidateFeatures): DomainsResult {
  const shared = job.domainIds.filter((id) => candidate.domainIds.has(id));
  const missing = job.domainIds.filter((id) => !candidate.domainIds.has(id));
  return { score: domainsFormula(job, shared.length), shared, missing };
}

/** The domains score from the number of shared domains (see skillsFormula). */
export function domainsFormula(job: JobFeatures, shared: number): number {
  if (job.domainIds.length === 0) return 0;
  return DOMAINS.coverageShare * (shared / job.domainIds.length) + (shared === job.domainIds.length ? DOMAINS.allCoveredBonus : 0);
}
