import { badgesScore } from "./criteria/badges-score";
import { domainsFormula } from "./criteria/domains-score";
import { domainYearsIn, experienceFormula } from "./criteria/experience-score";
import { feedbackScore } from "./criteria/feedback-score";
import { progressionScore } from "./criteria/progression-score";
import { quizzesScore } from "./criteria/quizzes-score";
import { relevanceFormula } from "./criteria/relevance-score";
import { skillsFormula } from "./criteria/skills-score";
import type { RankKey } from "./rank-candidates";
import { clamp, criterionValue, totalOf } from "./score-candidate";
import type { CandidateFeatures, JobFeatures, ResponseEvidence } from "./types";

/** Words as small integers, shared by the candidates and the jobs of one run. */
export type TokenDictionary = Map<string, number>;

/** A candidate ready for the fast path: the job-independent criteria, skills and words as integers. */
export type ScoringInput = {
  features: CandidateFeatures;
  skills: Int32Array;
  tokens: Int32Array;
  feedback: number;
  quizzes: number;
  progression: number;
  badges: number;
};

export function scoringInput(features: CandidateFeatures, dictionary: TokenDictionary): ScoringInput {
  const tokens = new Int32Array(features.textTokens.length);
  features.textTokens.forEach((token, i) => {
    let id = dictionary.get(token);
    if (id === undefined) dictionary.set(token, (id = dictionary.size));
    tokens[i] = id;
  });
  return {
    features,
    skills: Int32Array.from(features.skillIds),
    tokens,
    feedback: clamp(feedbackScore(features, undefined).score),
    quizzes: clamp(quizzesScore(features).score),
    progression: clamp(progressionScore(features).score),
    badges: clamp(badgesScore(features.badgeCount)),
  };
}

/** A job's flags per skill id (PreparedJob.skillFlags). */
const REQUIRED = 1;
const NICE = 2;
const EXTRA = 4;

/** A job ready for the fast path: a flag per skill id and a mark per known word. */
export type PreparedJob = { features: JobFeatures; skillFlags: Uint8Array; words: Uint8Array; jobSkills: ReadonlySet<number> };

/** `skillSlots`: the candidates' largest skill id plus one, so that no flag is read out of bounds (slow). */
export function prepareJob(job: JobFeatures, dictionary: TokenDictionary, skillSlots = 0): PreparedJob {
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const skillFlags = new Uint8Array(Math.max(skillSlots - 1, ...jobSkills, ...job.mentionedSkillIds) + 1);
  for (const id of job.requiredSkillIds) skillFlags[id]! |= REQUIRED;
  for (const id of job.niceToHaveSkillIds) skillFlags[id]! |= NICE;
  for (const id of job.mentionedSkillIds) if (!jobSkills.has(id)) skillFlags[id]! |= EXTRA;
  const words = new Uint8Array(dictionary.size);
  for (const token of job.textTokens) {
    const id = dictionary.get(token);
    if (id !== undefined) words[id] = 1;
  }
  return { features: job, skillFlags, words, jobSkills };
}

const values = new Float64Array(8);

/** What countSkills counted: matched required, matched nice-to-have, extra relevant skills. */
export const skillCounts = new Int32Array(3);

/** Counts `skills[from]` up to `skills[to]`, excluded, against a job's flags into skillCounts (no allocation). */
export function countSkills(flags: Uint8Array, skills: Int32Array, from: number, to: number): void {
  let matchedRequired = 0;
  let matchedNice = 0;
  let extra = 0;
  for (let i = from; i < to; i++) {
    const flag = flags[skills[i]!];
    if (!flag) continue;
    if (flag & REQUIRED) matchedRequired++;
    if (flag & NICE) matchedNice++;
    if (flag & EXTRA) extra++;
  }
  skillCounts[0] = matchedRequired;
  skillCounts[1] = matchedNice;
  skillCounts[2] = extra;
}

/**
 * The ranking's fast path: a candidate's match score and tie-breakers for a job, exactly as
 * scoreCandidate computes them (the same formulas and sum, in the same order) but counting
 * instead of building the evidence, written into `out`; false when the candidate is not
 * eligible. It allocates nothing: it runs for every eligible candidate of every job, and only
 * the few that make a top are then scored in full.
 */
export function scoreKey(job: PreparedJob, input: ScoringInput, response: ResponseEvidence | undefined, out: RankKey): boolean {
  const f = job.features;
  const candidate = input.features;
  countSkills(job.skillFlags, input.skills, 0, input.skills.length);
  const matchedRequired = skillCounts[0]!;
  if (matchedRequired === 0) return false;
  let sharedDomains = 0;
  for (const id of f.domainIds) if (candidate.domainIds.has(id)) sharedDomains++;
  if (sharedDomains === 0) return false;
  let portfolioItems = 0;
  for (const skills of candidate.portfolioSkillIds) {
    for (const id of skills) {
      if (job.jobSkills.has(id)) {
        portfolioItems++;
        break;
      }
    }
  }
  let sharedTerms = 0;
  for (const id of input.tokens) sharedTerms += job.words[id] ?? 0;

  const experience = experienceFormula(f, candidate, domainYearsIn(f, candidate), portfolioItems);
  out.candidateId = candidate.id;
  out.matchScore = sumCriteria(job, input, response, matchedRequired, skillCounts[1]!, skillCounts[2]!, sharedDomains, experience, relevanceFormula(f, sharedTerms));
  out.skills = criterionValue(values[0]!);
  out.domains = criterionValue(values[1]!);
  return true;
}

/**
 * The most the candidate's match score can be, from what the ranking counts before scoring
 * (matched skills, shared domains): experience's domain years and portfolio and relevance taken at
 * their best, everything else exact, summed as scoreKey sums. Each term is at least the real one,
 * so the rounded total is too: whoever's ceiling is below the k-th best score found cannot enter.
 */
export function scoreCeiling(
  job: PreparedJob,
  input: ScoringInput,
  response: ResponseEvidence | undefined,
  matchedRequired: number,
  matchedNice: number,
  extra: number,
  sharedDomains: number,
): number {
  return sumCriteria(job, input, response, matchedRequired, matchedNice, extra, sharedDomains, experienceFormula(job.features, input.features, Infinity, Infinity), 100);
}

/**
 * The match score from the counts and the experience and relevance scores, summed as
 * scoreCandidate sums (CRITERIA order, as totalOf expects); the criteria are left in `values`.
 * One sum for scoreKey and scoreCeiling, so the ceiling can never be summed differently.
 */
function sumCriteria(
  job: PreparedJob,
  input: ScoringInput,
  response: ResponseEvidence | undefined,
  matchedRequired: number,
  matchedNice: number,
  extra: number,
  sharedDomains: number,
  experience: number,
  relevance: number,
): number {
  const f = job.features;
  values[0] = clamp(skillsFormula(f, { required: matchedRequired, requiredImplied: 0, nice: matchedNice, niceImplied: 0, extra }));
  values[1] = clamp(domainsFormula(f, sharedDomains));
  values[2] = clamp(experience);
  values[3] = response ? clamp(feedbackScore(input.features, response).score) : input.feedback;
  values[4] = input.quizzes;
  values[5] = input.progression;
  values[6] = input.badges;
  values[7] = clamp(relevance);
  return totalOf(values);
}
