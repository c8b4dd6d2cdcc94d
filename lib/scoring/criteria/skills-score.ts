import type { CandidateFeatures, JobFeatures } from "../types";

export type SkillsResult = {
  score: number;
  matchedRequired: number[];
  missingRequired: number[];
  matchedNiceToHave: number[];
  extraRelevant: number[];
};

/**
 * The skills criterion's coefficients. The TypeScript formula below and the SQL bounds
 * (lib/matching/find-contenders.ts) are both built from these, so a change here reaches both.
 */
export const SKILLS = {
  /** Points for covering every required skill, when the job also lists nice-to-have skills. */
  requiredShare: 80,
  /** Points for covering every required skill, when it lists none. */
  requiredOnlyShare: 95,
  /** Points for covering every nice-to-have skill. */
  niceShare: 15,
  /** Points for extra relevant skills (mentioned in the job's text, not listed), full at `extraSaturation`. */
  extraShare: 5,
  extraSaturation: 3,
  /** What a required or nice-to-have skill matched through an implication counts, a direct match counting 1. */
  impliedCredit: 0.5,
} as const;

/** What the formula needs to know: how many of the job's skills matched, and how. */
export type SkillCounts = {
  /** Required skills the candidate lists. */
  required: number;
  /** Required skills implied by one the candidate lists, and not listed themselves. */
  requiredImplied: number;
  nice: number;
  niceImplied: number;
  /** Skills mentioned in the job's text, not listed by it, that the candidate lists. */
  extra: number;
};

/**
 * Required skills carry the score (80 points, or 95 when the job lists no nice-to-have);
 * nice-to-have coverage adds up to 15 and extra relevant skills up to 5.
 */
export function skillsScore(job: JobFeatures, candidate: CandidateFeatures): SkillsResult {
  const matchedRequired = job.requiredSkillIds.filter((id) => candidate.skillIds.has(id));
  const missingRequired = job.requiredSkillIds.filter((id) => !candidate.skillIds.has(id));
  const matchedNiceToHave = job.niceToHaveSkillIds.filter((id) => candidate.skillIds.has(id));
  const listed = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const extraRelevant = [...job.mentionedSkillIds].filter((id) => !listed.has(id) && candidate.skillIds.has(id));

  const score = skillsFormula(job, {
    required: matchedRequired.length,
    requiredImplied: 0,
    nice: matchedNiceToHave.length,
    niceImplied: 0,
    extra: extraRelevant.length,
  });
  return { score, matchedRequired, missingRequired, matchedNiceToHave, extraRelevant };
}

/** The skills score from counts alone: shared with the ranking's fast path, so both give the same number. */
export function skillsFormula(job: Pick<JobFeatures, "requiredSkillIds" | "niceToHaveSkillIds">, counts: SkillCounts): number {
  const requiredTotal = job.requiredSkillIds.length;
  const niceTotal = job.niceToHaveSkillIds.length;
  const required = requiredTotal === 0 ? 0 : (counts.required + SKILLS.impliedCredit * counts.requiredImplied) / requiredTotal;
  const nice = niceTotal === 0 ? 0 : (counts.nice + SKILLS.impliedCredit * counts.niceImplied) / niceTotal;
  const extra = Math.min(1, counts.extra / SKILLS.extraSaturation);
  const base = niceTotal === 0 ? SKILLS.requiredOnlyShare * required : SKILLS.requiredShare * required + SKILLS.niceShare * nice;
  return base + SKILLS.extraShare * extra;
}
