import type { CandidateFeatures, JobFeatures } from "../types";

export type SkillsResult = {
  score: number;
  matchedRequired: number[];
  missingRequired: number[];
  matchedNiceToHave: number[];
  extraRelevant: number[];
};

// Extra relevant skills (mentioned in the job's text, not listed) saturate at three.
const EXTRA_SATURATION = 3;

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

  const score = skillsFormula(job, matchedRequired.length, matchedNiceToHave.length, extraRelevant.length);
  return { score, matchedRequired, missingRequired, matchedNiceToHave, extraRelevant };
}

/** The skills score from counts alone: shared with the ranking's fast path, so both give the same number. */
export function skillsFormula(job: JobFeatures, matchedRequired: number, matchedNiceToHave: number, extraRelevant: number): number {
  const required = job.requiredSkillIds.length === 0 ? 0 : matchedRequired / job.requiredSkillIds.length;
  const extra = Math.min(1, extraRelevant / EXTRA_SATURATION);
  const base = job.niceToHaveSkillIds.length === 0 ? 95 * required : 80 * required + 15 * (matchedNiceToHave / job.niceToHaveSkillIds.length);
  return base + 5 * extra;
}
