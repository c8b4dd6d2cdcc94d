import type { CandidateFeatures, JobFeatures } from "../types";

export type ExperienceResult = { score: number; domainYears: number; portfolioItems: number };

/** The experience criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const EXPERIENCE = {
  /** Shares of the criterion: total years against the job's minimum, years in its domains, portfolio. */
  seniorityShare: 0.4,
  domainDepthShare: 0.35,
  portfolioShare: 0.25,
  /** Portfolio items using the job's skills that are full marks. */
  portfolioSaturation: 3,
  /** Years in the job's domains that are full marks when its minimum is lower. */
  minDomainYears: 2,
} as const;

/**
 * Portfolio & experience: 40% total years against the job's minimum, 35% years spent in the
 * job's domains, 25% portfolio items that use the job's skills.
 */
export function experienceScore(job: JobFeatures, candidate: CandidateFeatures): ExperienceResult {
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const portfolioItems = candidate.portfolioSkillIds.filter((skills) => skills.some((id) => jobSkills.has(id))).length;
  const domainYears = domainYearsIn(job, candidate);
  return { score: experienceFormula(job, candidate, domainYears, portfolioItems), domainYears, portfolioItems };
}

/** Years in the job's domains (positions' months, summed in the job's domain order). */
export function domainYearsIn(job: JobFeatures, candidate: CandidateFeatures): number {
  let domainMonths = 0;
  for (const id of job.domainIds) domainMonths += candidate.domainMonths.get(id) ?? 0;
  return domainMonths / 12;
}

/** The experience score from its parts (see skillsFormula). */
export function experienceFormula(
  job: JobFeatures,
  candidate: Pick<CandidateFeatures, "yearsOfExperience">,
  domainYears: number,
  portfolioItems: number,
): number {
  const years = Math.max(0, candidate.yearsOfExperience);
  const seniority = Math.min(1, (years + 1) / (Math.max(0, job.minYearsExperience) + 1));
  const domainDepth = Math.min(1, domainYears / Math.max(EXPERIENCE.minDomainYears, job.minYearsExperience));
  const portfolio = Math.min(1, portfolioItems / EXPERIENCE.portfolioSaturation);
  return 100 * (EXPERIENCE.seniorityShare * seniority + EXPERIENCE.domainDepthShare * domainDepth + EXPERIENCE.portfolioShare * portfolio);
}
