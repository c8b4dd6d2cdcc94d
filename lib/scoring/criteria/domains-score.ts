import type { CandidateFeatures, JobFeatures } from "../types";

export type DomainsResult = { score: number; shared: number[]; missing: number[] };

/** Share of the job's domains the candidate covers (90 points), plus 10 when they cover all. */
export function domainsScore(job: JobFeatures, candidate: CandidateFeatures): DomainsResult {
  const shared = job.domainIds.filter((id) => candidate.domainIds.has(id));
  const missing = job.domainIds.filter((id) => !candidate.domainIds.has(id));
  if (job.domainIds.length === 0) return { score: 0, shared, missing };
  const coverage = shared.length / job.domainIds.length;
  return { score: 90 * coverage + (missing.length === 0 ? 10 : 0), shared, missing };
}
