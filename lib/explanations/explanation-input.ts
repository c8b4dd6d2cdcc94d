import type { Catalog } from "../catalog/load-catalog";
import type { Breakdown } from "../scoring/types";
import { skillLabeler } from "../taxonomy/skill-labeler";

/** What the model is told about the job: its own words (for the language) and its requirements. */
export type JobBrief = {
  title: string;
  description: string;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  domains: string[];
  minYearsExperience: number;
};

/** What the model is told about one candidate: the breakdown's evidence by name, nothing else. */
export type CandidateBrief = ReturnType<typeof buildCandidateBrief>;

type JobSource = {
  title: string;
  description: string;
  features: {
    requiredSkillIds: readonly number[];
    niceToHaveSkillIds: readonly number[];
    domainIds: readonly number[];
    minYearsExperience: number;
  };
};

// Long descriptions add cost without adding evidence; the start is enough to tell the language.
const DESCRIPTION_CHARS = 1500;

const skillNames = (ids: readonly number[], catalog: Catalog) => ids.map((id) => catalog.skills.get(id)?.name ?? `skill #${id}`);
const domainNames = (ids: readonly number[], catalog: Catalog) => ids.map((id) => catalog.domains.get(id)?.name ?? `domain #${id}`);

export function buildJobBrief(job: JobSource, catalog: Catalog): JobBrief {
  return {
    title: job.title,
    description: job.description.trim().slice(0, DESCRIPTION_CHARS),
    requiredSkills: skillNames(job.features.requiredSkillIds, catalog),
    niceToHaveSkills: skillNames(job.features.niceToHaveSkillIds, catalog),
    domains: domainNames(job.features.domainIds, catalog),
    minYearsExperience: job.features.minYearsExperience,
  };
}

/**
 * Only what does not drift by itself is given: no scores or ranks (they move when other
 * candidates or the weights change), and years in the job's domains in half-year steps (open
 * positions lengthen every day). So the fingerprint of this brief changes when the candidate does.
 */
export function buildCandidateBrief(breakdown: Breakdown, catalog: Catalog) {
  const e = breakdown.evidence;
  // "JavaScript (via TypeScript)", "Kubernetes (as k8s)": how a skill matched is evidence too.
  const { label } = skillLabeler(e, (id) => skillNames([id], catalog)[0]!);
  return {
    matchedRequiredSkills: e.matchedRequiredSkillIds.map(label),
    missingRequiredSkills: skillNames(e.missingRequiredSkillIds, catalog),
    matchedNiceToHaveSkills: e.matchedNiceToHaveSkillIds.map(label),
    otherSkillsTheJobMentions: skillNames(e.extraRelevantSkillIds, catalog),
    sharedDomains: domainNames(e.sharedDomainIds, catalog),
    missingDomains: domainNames(e.missingDomainIds, catalog),
    yearsOfExperience: Math.round(e.yearsOfExperience * 10) / 10,
    yearsInJobDomains: Math.round(e.domainYears * 2) / 2,
    portfolioItemsUsingJobSkills: e.portfolioItemsUsingJobSkills,
    technicalTests: e.testAverage === null ? null : { count: e.testCount, averageOutOf100: e.testAverage },
    screeningScoreOutOf100: e.screeningScore,
    interviewScoreOutOf100: e.interviewScore,
    recruiterFeedback: e.feedbackAverage === null ? null : { count: e.feedbackCount, averageOutOf5: e.feedbackAverage },
    trainingQuizzes: e.quizAverage === null ? null : { count: e.quizCount, averageOutOf100: e.quizAverage, gainOverTime: e.quizGain },
    badges: e.badgeCount,
  };
}
