import fc from "fast-check";
import type { CandidateFeatures, JobFeatures } from "../../lib/scoring/types";

// Random jobs, candidates and responses for property-based scoring tests.
const ids = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength: 8 });
const score = fc.double({ min: 0, max: 100, noNaN: true });

export const jobArb: fc.Arbitrary<JobFeatures> = fc.record({
  requiredSkillIds: ids(20),
  niceToHaveSkillIds: ids(20),
  domainIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }),
  minYearsExperience: fc.integer({ min: 0, max: 15 }),
  mentionedSkillIds: ids(20).map((list) => new Set(list)),
  textTokens: fc.uniqueArray(fc.constantFrom("react", "go", "payments", "cloud", "data", "ml"), { maxLength: 6 }).map((t) => new Set(t)),
});

export const candidateArb: fc.Arbitrary<CandidateFeatures> = fc.record({
  id: fc.uuid(),
  skillIds: ids(20).map((list) => new Set(list)),
  domainIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }).map((list) => new Set(list)),
  yearsOfExperience: fc.double({ min: 0, max: 40, noNaN: true }),
  domainMonths: fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 4 }).map((e) => new Map(e)),
  portfolioSkillIds: fc.array(ids(20), { maxLength: 5 }),
  testScores: fc.array(score, { maxLength: 8 }),
  feedbackRatings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }),
  quizScores: fc.array(score, { maxLength: 10 }),
  badgeCount: fc.integer({ min: 0, max: 10 }),
  textTokens: fc.uniqueArray(fc.constantFrom("react", "go", "payments", "cloud", "data", "ml", "chef"), { maxLength: 7 }),
});

export const responseArb = fc.option(fc.record({ screeningScore: fc.option(score), interviewScore: fc.option(score) }), { nil: undefined });
