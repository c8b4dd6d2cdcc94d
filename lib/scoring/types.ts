import type { Criterion } from "./weights";

/** What scoring needs to know about a job. Skills and domains are Skill/Domain ids. */
export type JobFeatures = {
  requiredSkillIds: readonly number[];
  niceToHaveSkillIds: readonly number[];
  domainIds: readonly number[];
  /** The required skills a candidate must hold, listed or implied, to be eligible at all (a subset of requiredSkillIds). */
  mustHaveSkillIds: readonly number[];
  /** The least share, 0–100, of the required skills a candidate must hold, listed or implied, to be eligible. */
  minSkillsCoverage: number;
  minYearsExperience: number;
  /** Skills the job's text mentions without listing them: having one is "extra relevant". */
  mentionedSkillIds: ReadonlySet<number>;
  /** Distinct meaningful words of the job's title and description (see tokenize). */
  textTokens: ReadonlySet<string>;
};

/** What scoring needs to know about a candidate, independent of any job. */
export type CandidateFeatures = {
  id: string;
  /** The skills the candidate lists (their canonical ids: aliases are resolved when written). */
  skillIds: ReadonlySet<number>;
  /**
   * The skills a listed one implies (SkillClosure) and that are not listed themselves, each with
   * the listed skill implying it (the smallest id when several do). Required and nice-to-have
   * skills found here count for eligibility and, with partial credit, for the skills criterion.
   */
  impliedSkills: ReadonlyMap<number, number>;
  /** What the candidate wrote for a listed skill, where it is not the skill's name ("k8s"): shown, never scored. */
  skillSpellings: ReadonlyMap<number, string>;
  domainIds: ReadonlySet<number>;
  yearsOfExperience: number;
  /** Months of experience per domain, overlapping positions counted once. */
  domainMonths: ReadonlyMap<number, number>;
  /** The skill ids of each portfolio item. */
  portfolioSkillIds: readonly (readonly number[])[];
  /** Technical test scores, 0–100. */
  testScores: readonly number[];
  /** Recruiter feedback ratings, 1–5. */
  feedbackRatings: readonly number[];
  /** Training quiz scores, 0–100, oldest first. */
  quizScores: readonly number[];
  badgeCount: number;
  /** Distinct meaningful words of headline, summary and experience titles. */
  textTokens: readonly string[];
};

/** The candidate's response to this job, if any: the recruiter's screening and interview scores, 0–100. */
export type ResponseEvidence = { screeningScore: number | null; interviewScore: number | null };

export type Evidence = {
  /** Listed or implied, in the job's order. */
  matchedRequiredSkillIds: number[];
  /** Neither listed nor implied. */
  missingRequiredSkillIds: number[];
  matchedNiceToHaveSkillIds: number[];
  extraRelevantSkillIds: number[];
  /** The matched required and nice-to-have skills matched through an implication, and the listed skill implying each. */
  impliedSkills: { skillId: number; via: number }[];
  /** What the candidate wrote for the matched skills and the `via` skills they list, where it is not the skill's name. */
  skillSpellings: { skillId: number; spelling: string }[];
  sharedDomainIds: number[];
  missingDomainIds: number[];
  yearsOfExperience: number;
  minYearsExperience: number;
  domainYears: number;
  portfolioItemsUsingJobSkills: number;
  testAverage: number | null;
  testCount: number;
  screeningScore: number | null;
  interviewScore: number | null;
  feedbackAverage: number | null;
  feedbackCount: number;
  quizAverage: number | null;
  quizCount: number;
  quizGain: number | null;
  badgeCount: number;
  sharedTerms: number;
};

export type Breakdown = {
  eligible: boolean;
  /** Weighted sum of the criteria, 0–100, two decimals. */
  matchScore: number;
  /** Each criterion 0–100, one decimal. */
  criteria: Record<Criterion, number>;
  evidence: Evidence;
};
