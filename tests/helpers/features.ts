import type { CandidateFeatures, JobFeatures } from "../../lib/scoring/types";

/** A job asking for skills 1–4 (nice to have: 5, 6) in domains 10 and 11, three years minimum. */
export function makeJob(overrides: Partial<JobFeatures> = {}): JobFeatures {
  return {
    requiredSkillIds: [1, 2, 3, 4],
    niceToHaveSkillIds: [5, 6],
    domainIds: [10, 11],
    mustHaveSkillIds: [],
    minSkillsCoverage: 0,
    minYearsExperience: 3,
    mentionedSkillIds: new Set([7]),
    textTokens: new Set(["frontend", "engineer", "payments", "react", "typescript"]),
    ...overrides,
  };
}

/** An eligible, unremarkable candidate: two required skills, one shared domain, no history. */
export function makeCandidate(overrides: Partial<CandidateFeatures> = {}): CandidateFeatures {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    skillIds: new Set([1, 2]),
    impliedSkills: new Map(),
    skillSpellings: new Map(),
    domainIds: new Set([10]),
    yearsOfExperience: 2,
    domainMonths: new Map(),
    portfolioSkillIds: [],
    testScores: [],
    feedbackRatings: [],
    quizScores: [],
    badgeCount: 0,
    textTokens: [],
    ...overrides,
  };
}
