import type { CandidateFeatures, JobFeatures } from "../types";

export type SkillsResult = {
  score: number;
  counts: SkillCounts;
  /** Required skills listed or implied, in the job's order. */
  matchedRequired: number[];
  /** Required skills neither listed nor implied. */
  missingRequired: number[];
  matchedNiceToHave: number[];
  extraRelevant: number[];
  /** The matched required and nice-to-have skills that only an implication gives, with the listed skill implying each. */
  implied: { skillId: number; via: number }[];
  /** What the candidate wrote for the matched skills they list and for the `via` skills, where they wrote something else. */
  spellings: { skillId: number; spelling: string }[];
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
 * nice-to-have coverage adds up to 15 and extra relevant skills up to 5. A required or
 * nice-to-have skill the candidate does not list but one of theirs implies (TypeScript for
 * JavaScript) matches at `SKILLS.impliedCredit`; never the other way, as the implications only
 * run from the specific skill to the general one. Extra relevant skills count only when listed.
 */
export function skillsScore(job: JobFeatures, candidate: CandidateFeatures): SkillsResult {
  const listed = candidate.skillIds;
  const holds = (id: number) => listed.has(id) || candidate.impliedSkills.has(id);
  const matchedRequired = job.requiredSkillIds.filter(holds);
  const missingRequired = job.requiredSkillIds.filter((id) => !holds(id));
  const matchedNiceToHave = job.niceToHaveSkillIds.filter(holds);
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const extraRelevant = [...job.mentionedSkillIds].filter((id) => !jobSkills.has(id) && listed.has(id));

  const implied = [...matchedRequired, ...matchedNiceToHave].flatMap((skillId) =>
    listed.has(skillId) ? [] : [{ skillId, via: candidate.impliedSkills.get(skillId)! }],
  );
  const spelled = new Map<number, string>();
  for (const id of [...matchedRequired, ...matchedNiceToHave, ...extraRelevant]) {
    const own = listed.has(id) ? id : candidate.impliedSkills.get(id)!;
    const spelling = candidate.skillSpellings.get(own);
    if (spelling !== undefined) spelled.set(own, spelling);
  }

  const required = matchedRequired.filter((id) => listed.has(id)).length;
  const nice = matchedNiceToHave.filter((id) => listed.has(id)).length;
  const counts: SkillCounts = {
    required,
    requiredImplied: matchedRequired.length - required,
    nice,
    niceImplied: matchedNiceToHave.length - nice,
    extra: extraRelevant.length,
  };
  return {
    score: skillsFormula(job, counts),
    counts,
    matchedRequired,
    missingRequired,
    matchedNiceToHave,
    extraRelevant,
    implied,
    spellings: [...spelled].map(([skillId, spelling]) => ({ skillId, spelling })),
  };
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
