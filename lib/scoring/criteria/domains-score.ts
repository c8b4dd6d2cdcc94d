import type { CandidateFeatures, JobFeatures } from "../types";

export type DomainsResult = { score: number; shared: number[]; missing: number[] };

/** Share of the job's domains the candidate covers (90 points), plus 10 when they cover all. */
export function domainsScore(job: JobFeatures, candidate: CandidateFeatures): DomainsResult {
  const shared = job.domainIds.filter((id) => candidate.domainIds.has(id));
  const missing = job.domainIds.filter((id) => !candidate.domainIds.has(id));
  return { score: domainsFormula(job, shared.length), shared, missing };
}

/** The domains score from the number of shared domains (see skillsFormula). */
export function domainsFormula(job: JobFeatures, shared: number): number {
  if (job.domainIds.length === 0) return 0;
  return 90 * (shared / job.domainIds.length) + (shared === job.domainIds.length ? 10 : 0);
}
