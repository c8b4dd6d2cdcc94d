import type { JobFeatures } from "./types";

type Requirements = Pick<JobFeatures, "requiredSkillIds" | "mustHaveSkillIds" | "minSkillsCoverage">;

/** What a candidate holds of a job's requirements, skills listed or implied. */
export type HeldRequirements = {
  /** The job's required skills the candidate holds. */
  required: number;
  /** The job's must-have skills the candidate holds. */
  mustHave: number;
  /** The job's domains the candidate shares. */
  domains: number;
};

/**
 * The fewest required skills an eligible candidate holds: one, and at least the job's minimum
 * share of them. The SQL that finds eligible candidates compares with this number, so the share
 * is rounded once, here.
 */
export function minRequiredHeld(job: Pick<JobFeatures, "requiredSkillIds" | "minSkillsCoverage">): number {
  return Math.max(1, Math.ceil((job.minSkillsCoverage * job.requiredSkillIds.length) / 100));
}

/**
 * Eligibility, the one rule every path applies, as a test made once per job (the ranking's fast
 * path runs it for every candidate sharing a domain): a shared domain, every must-have skill and
 * at least minRequiredHeld of the required skills, each listed or implied by one the candidate lists.
 */
export function requirementsTest(job: Requirements): (required: number, mustHave: number, domains: number) => boolean {
  const fewest = minRequiredHeld(job);
  const mustHaves = job.mustHaveSkillIds.length;
  return (required, mustHave, domains) => domains > 0 && mustHave === mustHaves && required >= fewest;
}

/** requirementsTest for one candidate. */
export function meetsRequirements(job: Requirements, held: HeldRequirements): boolean {
  return requirementsTest(job)(held.required, held.mustHave, held.domains);
}

/**
 * The requiredCoverage of a candidate holding every required skill. Reached exactly when none is
 * missing: a job lists at most 200 skills, so one missing is at most 99.5.
 */
export const FULL_COVERAGE = 100;

/** The share (0–100, one decimal) of a job's `total` required skills that `held` are: what a matching stores as requiredCoverage. */
export function requiredCoverage(held: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * held) / total) / 10;
}
