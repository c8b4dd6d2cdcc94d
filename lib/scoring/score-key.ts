import { badgesScore } from "./criteria/badges-score";
import { domainsFormula } from "./criteria/domains-score";
import { domainYearsIn, experienceFormula } from "./criteria/experience-score";
import { feedbackScore } from "./criteria/feedback-score";
import { progressionScore } from "./criteria/progression-score";
import { quizzesScore } from "./criteria/quizzes-score";
import { relevanceFormula } from "./criteria/relevance-score";
import { skillsFormula } from "./criteria/skills-score";
import type { RankKey } from "./rank-candidates";
import { clamp, criterionValue, totalScore } from "./score-candidate";
import type { CandidateFeatures, JobFeatures, ResponseEvidence } from "./types";
import type { Criterion } from "./weights";

/** The criteria that do not depend on the job, computed once per candidate per run. */
export type CandidateConstants = { feedback: number; quizzes: number; progression: number; badges: number };

export type ScoringInput = { features: CandidateFeatures; constants: CandidateConstants };

export function candidateConstants(candidate: CandidateFeatures): CandidateConstants {
  return {
    feedback: clamp(feedbackScore(candidate, undefined).score),
    quizzes: clamp(quizzesScore(candidate).score),
    progression: clamp(progressionScore(candidate).score),
    badges: clamp(badgesScore(candidate.badgeCount)),
  };
}

export const scoringInput = (features: CandidateFeatures): ScoringInput => ({ features, constants: candidateConstants(features) });

/** What the fast path needs about a job, computed once per job. */
export type PreparedJob = { features: JobFeatures; jobSkills: ReadonlySet<number>; extraRelevantIds: readonly number[] };

export function prepareJob(job: JobFeatures): PreparedJob {
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  return { features: job, jobSkills, extraRelevantIds: [...job.mentionedSkillIds].filter((id) => !jobSkills.has(id)) };
}

/**
 * The ranking's fast path: a candidate's match score and tie-breakers for a job, exactly as
 * scoreCandidate computes them (the same formulas, in the same order) but counting instead of
 * building the evidence, or null when the candidate is not eligible. Only the few candidates
 * that make a top are then scored in full.
 */
export function scoreKey(job: PreparedJob, input: ScoringInput, response?: ResponseEvidence): RankKey | null {
  const { features: candidate, constants } = input;
  const f = job.features;
  let matchedRequired = 0;
  for (const id of f.requiredSkillIds) if (candidate.skillIds.has(id)) matchedRequired++;
  if (matchedRequired === 0) return null;
  let sharedDomains = 0;
  for (const id of f.domainIds) if (candidate.domainIds.has(id)) sharedDomains++;
  if (sharedDomains === 0) return null;
  let matchedNice = 0;
  for (const id of f.niceToHaveSkillIds) if (candidate.skillIds.has(id)) matchedNice++;
  let extra = 0;
  for (const id of job.extraRelevantIds) if (candidate.skillIds.has(id)) extra++;
  let portfolioItems = 0;
  for (const skills of candidate.portfolioSkillIds) if (skills.some((id) => job.jobSkills.has(id))) portfolioItems++;
  let sharedTerms = 0;
  if (f.textTokens.size > 0) for (const token of candidate.textTokens) if (f.textTokens.has(token)) sharedTerms++;

  const raw: Record<Criterion, number> = {
    skills: clamp(skillsFormula(f, matchedRequired, matchedNice, extra)),
    domains: clamp(domainsFormula(f, sharedDomains)),
    experience: clamp(experienceFormula(f, candidate, domainYearsIn(f, candidate), portfolioItems)),
    feedback: response ? clamp(feedbackScore(candidate, response).score) : constants.feedback,
    quizzes: constants.quizzes,
    progression: constants.progression,
    badges: constants.badges,
    relevance: clamp(relevanceFormula(f, sharedTerms)),
  };
  return { candidateId: candidate.id, matchScore: totalScore(raw), skills: criterionValue(raw.skills), domains: criterionValue(raw.domains) };
}
