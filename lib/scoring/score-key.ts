import { badgesScore } from "./criteria/badges-score";
import { domainsFormula } from "./criteria/domains-score";
import { domainYearsIn, experienceFormula } from "./criteria/experience-score";
import { feedbackScore } from "./criteria/feedback-score";
import { progressionScore } from "./criteria/progression-score";
import { quizzesScore } from "./criteria/quizzes-score";
import { relevanceFormula } from "./criteria/relevance-score";
import { skillsFormula, type SkillCounts } from "./criteria/skills-score";
import { requirementsTest } from "./meets-requirements";
import type { RankKey } from "./rank-candidates";
import { clamp, criterionValue, totalOf } from "./score-candidate";
import type { CandidateFeatures, JobFeatures, ResponseEvidence } from "./types";
import { CRITERIA, WEIGHTS } from "./weights";

/** Words as small integers, shared by the candidates and the jobs of one run. */
export type TokenDictionary = Map<string, number>;

/** A candidate ready for the fast path: the job-independent criteria, skill slots and words as integers. */
export type ScoringInput = {
  features: CandidateFeatures;
  /** The slots (see skillSlot) of the skills the candidate lists and of those they imply. */
  skills: Int32Array;
  tokens: Int32Array;
  /** The FIXED criteria's scores, clamped (an array of numbers: a typed array's buffer would triple its size). */
  fixed: readonly number[];
};

/**
 * The criteria a job does not change, unless the candidate responded to it, in CRITERIA order:
 * scoringInput computes them once per candidate.
 */
const FIXED = ["feedback", "quizzes", "progression", "badges"] as const;
const FIXED_AT = CRITERIA.indexOf(FIXED[0]);
if (FIXED.some((criterion, i) => CRITERIA[FIXED_AT + i] !== criterion)) throw new Error("FIXED must follow CRITERIA's order");

/** What the fixed criteria add to a match score, for a job the candidate did not respond to. */
export function fixedPoints(input: ScoringInput): number {
  return FIXED.reduce((sum, criterion, i) => sum + (WEIGHTS[criterion] * input.fixed[i]!) / 100, 0);
}

/**
 * A skill's slot in the fast path's arrays: `2·id` when the candidate lists it, `2·id + 1` when
 * only implied. A job's flags are indexed the same way, so one pass over a candidate's slots
 * counts direct and implied matches apart, without a look-up in their Sets or Maps.
 */
const skillSlot = (id: number, implied: boolean) => 2 * id + (implied ? 1 : 0);

export function scoringInput(features: CandidateFeatures, dictionary: TokenDictionary): ScoringInput {
  const tokens = new Int32Array(features.textTokens.length);
  features.textTokens.forEach((token, i) => {
    let id = dictionary.get(token);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(token, id);
    }
    tokens[i] = id;
  });
  const slots: number[] = [];
  for (const id of features.skillIds) slots.push(skillSlot(id, false));
  for (const id of features.impliedSkills.keys()) if (!features.skillIds.has(id)) slots.push(skillSlot(id, true));
  return {
    features,
    skills: Int32Array.from(slots),
    tokens,
    fixed: [
      clamp(feedbackScore(features, undefined).score),
      clamp(quizzesScore(features).score),
      clamp(progressionScore(features).score),
      clamp(badgesScore(features.badgeCount)),
    ],
  };
}

/** A job's flags per skill slot (PreparedJob.skillFlags): the first three on listed slots, the implied ones on implied slots. */
const REQUIRED = 1;
const NICE = 2;
const EXTRA = 4;
const REQUIRED_IMPLIED = 8;
const NICE_IMPLIED = 16;
const MUST_HAVE = 32;

/** countSkills' counts: the skills formula's, and how many of the job's must-have skills are held. */
export type HeldCounts = SkillCounts & { mustHave: number };

/** A job ready for the fast path: flags per skill slot, a mark per known word and its eligibility test. */
export type PreparedJob = {
  features: JobFeatures;
  skillFlags: Uint8Array;
  words: Uint8Array;
  meets: ReturnType<typeof requirementsTest>;
  /** The most times one domain appears in the job's domains (domain years count each appearance). */
  domainRepeats: number;
};

/** `skillSlots`: the candidates' largest skill slot plus one, so that no flag is read out of bounds (slow). */
export function prepareJob(job: JobFeatures, dictionary: TokenDictionary, skillSlots = 0): PreparedJob {
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const skillFlags = new Uint8Array(Math.max(skillSlots, skillSlot(Math.max(0, ...jobSkills, ...job.mentionedSkillIds), true) + 1));
  for (const id of job.requiredSkillIds) {
    skillFlags[skillSlot(id, false)]! |= REQUIRED;
    skillFlags[skillSlot(id, true)]! |= REQUIRED_IMPLIED;
  }
  // Listed or implied, a must-have is held: both slots carry the flag.
  for (const id of job.mustHaveSkillIds) {
    skillFlags[skillSlot(id, false)]! |= MUST_HAVE;
    skillFlags[skillSlot(id, true)]! |= MUST_HAVE;
  }
  for (const id of job.niceToHaveSkillIds) {
    skillFlags[skillSlot(id, false)]! |= NICE;
    skillFlags[skillSlot(id, true)]! |= NICE_IMPLIED;
  }
  // Extra relevant skills count only when listed, so implied slots never carry EXTRA.
  for (const id of job.mentionedSkillIds) if (!jobSkills.has(id)) skillFlags[skillSlot(id, false)]! |= EXTRA;
  const words = new Uint8Array(dictionary.size);
  for (const token of job.textTokens) {
    const id = dictionary.get(token);
    if (id !== undefined) words[id] = 1;
  }
  const repeats = new Map<number, number>();
  for (const id of job.domainIds) repeats.set(id, (repeats.get(id) ?? 0) + 1);
  return { features: job, skillFlags, words, meets: requirementsTest(job), domainRepeats: Math.max(0, ...repeats.values()) };
}

/** Counts at zero, for countSkills to fill: one per ranking, not one per candidate. */
export const noSkillCounts = (): HeldCounts => ({ required: 0, requiredImplied: 0, nice: 0, niceImplied: 0, extra: 0, mustHave: 0 });

/** Counts the skill slots `skills[from]` up to `skills[to]`, excluded, against a job's flags into `out` (no allocation). */
export function countSkills(flags: Uint8Array, skills: Int32Array, from: number, to: number, out: HeldCounts): HeldCounts {
  let required = 0;
  let requiredImplied = 0;
  let nice = 0;
  let niceImplied = 0;
  let extra = 0;
  let mustHave = 0;
  for (let i = from; i < to; i++) {
    const flag = flags[skills[i]!];
    if (!flag) continue;
    if (flag & REQUIRED) required++;
    if (flag & REQUIRED_IMPLIED) requiredImplied++;
    if (flag & NICE) nice++;
    if (flag & NICE_IMPLIED) niceImplied++;
    if (flag & EXTRA) extra++;
    if (flag & MUST_HAVE) mustHave++;
  }
  out.required = required;
  out.requiredImplied = requiredImplied;
  out.nice = nice;
  out.niceImplied = niceImplied;
  out.extra = extra;
  out.mustHave = mustHave;
  return out;
}

/** Whether any of a portfolio item's skills is one of the job's required or nice-to-have skills. */
function usesJobSkill(flags: Uint8Array, skills: readonly number[]): boolean {
  for (const id of skills) {
    const slot = skillSlot(id, false);
    if (slot < flags.length && flags[slot]! & (REQUIRED | NICE)) return true;
  }
  return false;
}

const values = new Float64Array(8);
// scoreKey's counts: private, and read only before scoreKey returns.
const keyCounts = noSkillCounts();

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
  const counts = countSkills(job.skillFlags, input.skills, 0, input.skills.length, keyCounts);
  if (counts.required + counts.requiredImplied === 0) return false;
  let sharedDomains = 0;
  for (const id of f.domainIds) if (candidate.domainIds.has(id)) sharedDomains++;
  if (!job.meets(counts.required + counts.requiredImplied, counts.mustHave, sharedDomains)) return false;
  let portfolioItems = 0;
  for (const skills of candidate.portfolioSkillIds) if (usesJobSkill(job.skillFlags, skills)) portfolioItems++;
  let sharedTerms = 0;
  for (const id of input.tokens) sharedTerms += job.words[id] ?? 0;

  const experience = experienceFormula(f, candidate, domainYearsIn(f, candidate), portfolioItems);
  out.candidateId = candidate.id;
  const feedback = response ? clamp(feedbackScore(candidate, response).score) : undefined;
  out.matchScore = sumCriteria(job, counts, sharedDomains, experience, relevanceFormula(f, sharedTerms), input.fixed, 0, feedback);
  out.skills = criterionValue(values[0]!);
  out.domains = criterionValue(values[1]!);
  return true;
}

/** What scoreCeiling reads of a candidate: columns of numbers, so that it touches none of the candidate's objects. */
export type CeilingColumns = {
  /** FIXED.length values per candidate. */
  fixed: Float64Array;
  years: Float64Array;
  /** Months in every domain, summed: at least the months in any job's domains, each counted once. */
  domainMonths: Float64Array;
  portfolioItems: Int32Array;
  tokens: Int32Array;
};

/** A candidate's values in CeilingColumns, at position `i`. */
export function writeCeilingColumns(columns: CeilingColumns, i: number, input: ScoringInput): void {
  const candidate = input.features;
  columns.fixed.set(input.fixed, i * FIXED.length);
  columns.years[i] = candidate.yearsOfExperience;
  let months = 0;
  for (const value of candidate.domainMonths.values()) months += value;
  columns.domainMonths[i] = months;
  columns.portfolioItems[i] = candidate.portfolioSkillIds.length;
  columns.tokens[i] = input.tokens.length;
}

export const ceilingColumns = (size: number): CeilingColumns => ({
  fixed: new Float64Array(size * FIXED.length),
  years: new Float64Array(size),
  domainMonths: new Float64Array(size),
  portfolioItems: new Int32Array(size),
  tokens: new Int32Array(size),
});

const seniority = { yearsOfExperience: 0 };

/**
 * The most candidate `i`'s match score can be, from what the ranking counts before scoring
 * (countSkills' counts, shared domains) and the candidate's columns: experience's domain years
 * (every domain's months, times the most any of the job's domains repeats), its portfolio (every
 * item) and relevance (every word a shared term) taken at their best, everything else exact,
 * summed as scoreKey sums. Each term is at least the real one, so the rounded total is too:
 * whoever's ceiling is below the k-th best score found cannot enter. `feedback` is the feedback
 * score of a candidate who responded to the job.
 */
export function scoreCeiling(
  job: PreparedJob,
  columns: CeilingColumns,
  i: number,
  feedback: number | undefined,
  counts: Readonly<SkillCounts>,
  sharedDomains: number,
): number {
  const f = job.features;
  seniority.yearsOfExperience = columns.years[i]!;
  const domainYears = (columns.domainMonths[i]! * job.domainRepeats) / 12;
  const experience = experienceFormula(f, seniority, domainYears, columns.portfolioItems[i]!);
  const relevance = relevanceFormula(f, columns.tokens[i]!);
  return sumCriteria(job, counts, sharedDomains, experience, relevance, columns.fixed, i * FIXED.length, feedback);
}

/**
 * The match score from the counts, the experience and relevance scores and the FIXED criteria
 * (`fixed[at]` on, `feedback` instead of the first when the candidate responded), summed as
 * scoreCandidate sums (CRITERIA order, as totalOf expects); the criteria are left in `values`.
 * One sum for scoreKey and scoreCeiling, so the ceiling can never be summed differently.
 */
function sumCriteria(
  job: PreparedJob,
  counts: Readonly<SkillCounts>,
  sharedDomains: number,
  experience: number,
  relevance: number,
  fixed: ArrayLike<number>,
  at: number,
  feedback: number | undefined,
): number {
  const f = job.features;
  values[0] = clamp(skillsFormula(f, counts));
  values[1] = clamp(domainsFormula(f, sharedDomains));
  values[2] = clamp(experience);
  for (let c = 0; c < FIXED.length; c++) values[FIXED_AT + c] = fixed[at + c]!;
  if (feedback !== undefined) values[FIXED_AT] = feedback;
  values[7] = clamp(relevance);
  return totalOf(values);
}
