import { badgesScore } from "./criteria/badges-score";
import { domainsScore } from "./criteria/domains-score";
import { experienceScore } from "./criteria/experience-score";
import { feedbackScore } from "./criteria/feedback-score";
import { progressionScore } from "./criteria/progression-score";
import { quizzesScore } from "./criteria/quizzes-score";
import { relevanceScore } from "./criteria/relevance-score";
import { skillsScore } from "./criteria/skills-score";
import { meetsRequirements } from "./meets-requirements";
import type { Breakdown, CandidateFeatures, JobFeatures, ResponseEvidence } from "./types";
import { CRITERIA, WEIGHTS, type Criterion, type Weights } from "./weights";

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
export const clamp = (value: number) => Math.max(0, Math.min(100, value));

/** A criterion as shown and compared: one decimal. */
export const criterionValue = (raw: number) => round(raw, 1);

const DEFAULT_WEIGHT_LIST = CRITERIA.map((criterion) => WEIGHTS[criterion]);

/** The match score from the eight clamped criteria in CRITERIA order: their weighted sum, two decimals. */
export function totalOf(values: ArrayLike<number>, weights: readonly number[] = DEFAULT_WEIGHT_LIST): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += (weights[i]! * values[i]!) / 100;
  return round(clamp(total), 2);
}

/**
 * Scores one candidate for one job: pure, no I/O. Eligible as meetsRequirements says (a shared
 * domain, every must-have and enough of the required skills, listed or implied by a listed one);
 * ineligible candidates are still scored so a recruiter's kept row can be refreshed, but never ranked.
 */
export function scoreCandidate(
  job: JobFeatures,
  candidate: CandidateFeatures,
  response?: ResponseEvidence,
  weights: Weights = WEIGHTS,
): Breakdown {
  const skills = skillsScore(job, candidate);
  const domains = domainsScore(job, candidate);
  const experience = experienceScore(job, candidate);
  const feedback = feedbackScore(candidate, response);
  const quizzes = quizzesScore(candidate);
  const progression = progressionScore(candidate);
  const relevance = relevanceScore(job, candidate);

  const raw: Record<Criterion, number> = {
    skills: clamp(skills.score),
    domains: clamp(domains.score),
    experience: clamp(experience.score),
    feedback: clamp(feedback.score),
    quizzes: clamp(quizzes.score),
    progression: clamp(progression.score),
    badges: clamp(badgesScore(candidate.badgeCount)),
    relevance: clamp(relevance.score),
  };
  const criteria = Object.fromEntries(CRITERIA.map((criterion) => [criterion, criterionValue(raw[criterion])])) as Record<
    Criterion,
    number
  >;
  return {
    eligible: meetsRequirements(job, {
      required: skills.matchedRequired.length,
      mustHave: job.mustHaveSkillIds.filter((id) => skills.matchedRequired.includes(id)).length,
      domains: domains.shared.length,
    }),
    matchScore: totalOf(
      CRITERIA.map((criterion) => raw[criterion]),
      CRITERIA.map((criterion) => weights[criterion]),
    ),
    criteria,
    evidence: {
      matchedRequiredSkillIds: skills.matchedRequired,
      missingRequiredSkillIds: skills.missingRequired,
      matchedNiceToHaveSkillIds: skills.matchedNiceToHave,
      extraRelevantSkillIds: skills.extraRelevant,
      impliedSkills: skills.implied,
      skillSpellings: skills.spellings,
      sharedDomainIds: domains.shared,
      missingDomainIds: domains.missing,
      yearsOfExperience: candidate.yearsOfExperience,
      minYearsExperience: job.minYearsExperience,
      domainYears: round(experience.domainYears, 1),
      portfolioItemsUsingJobSkills: experience.portfolioItems,
      testAverage: feedback.testAverage === null ? null : round(feedback.testAverage, 1),
      testCount: candidate.testScores.length,
      screeningScore: response?.screeningScore ?? null,
      interviewScore: response?.interviewScore ?? null,
      feedbackAverage: feedback.feedbackAverage === null ? null : round(feedback.feedbackAverage, 2),
      feedbackCount: candidate.feedbackRatings.length,
      quizAverage: quizzes.average === null ? null : round(quizzes.average, 1),
      quizCount: candidate.quizScores.length,
      quizGain: progression.gain === null ? null : round(progression.gain, 1),
      badgeCount: candidate.badgeCount,
      sharedTerms: relevance.sharedTerms,
    },
  };
}
