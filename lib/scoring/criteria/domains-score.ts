import type { CandidateFeatures, JobFeatures } from "../types";

export type DomainsResult = { score: number; shared: number[]; missing: number[] };

/**
 * The domains criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too).
 * The brief makes one shared domain a requirement and all of them a bonus: meeting the
 * requirement is most of the credit, so a second domain never outweighs a required skill.
 */
export const DOMAINS = {
  /** Points for sharing one of the job's domains: the requirement met. */
  requirementShare: 80,
  /** Points for the job's other domains, in proportion: two of three rank above one of three. */
  coverageShare: 10,
  /** Points added when the candidate covers all of them. */
  allCoveredBonus: 10,
} as const;

/** 80 for one of the job's domains, up to 10 more for its others in proportion, and 10 when all are covered. */
export function domainsScore(job: JobFeatures, candidate: CandidateFeatures): DomainsResult {
  const shared = job.domainIds.filter((id) => candidate.domainIds.has(id));
  const missing = job.domainIds.filter((id) => !candidate.domainIds.has(id));
  return { score: domainsFormula(job, shared.length), shared, missing };
}

/** The domains score from the number of shared domains (see skillsFormula). */
export function domainsFormula(job: Pick<JobFeatures, "domainIds">, shared: number): number {
  const total = job.domainIds.length;
  if (total === 0 || shared === 0) return 0;
  // A job of one domain has no others: covering it covers them all.
  const others = total === 1 ? 1 : (shared - 1) / (total - 1);
  return DOMAINS.requirementShare + DOMAINS.coverageShare * others + (shared === total ? DOMAINS.allCoveredBonus : 0);
}
