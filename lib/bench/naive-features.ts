import { domainMonths } from "../matching/domain-months";
import { tokenize } from "../scoring/tokenize";
import type { CandidateFeatures } from "../scoring/types";

/** What the origin product loaded for every candidate: the row and all its relations. */
export const NAIVE_INCLUDE = {
  skills: true,
  domains: true,
  experiences: true,
  portfolio: true,
  technicalTests: true,
  feedbacks: true,
  quizzes: true,
  badges: true,
} as const;

type WithRelations = {
  id: string;
  headline: string;
  summary: string;
  yearsOfExperience: number;
  skills: { skillId: number }[];
  domains: { domainId: number }[];
  experiences: { title: string; domainId: number | null; startDate: Date; endDate: Date | null }[];
  portfolio: { skillIds: number[] }[];
  technicalTests: { score: number }[];
  feedbacks: { rating: number }[];
  quizzes: { id: string; score: number; completedAt: Date }[];
  badges: unknown[];
};

/** Scoring features from Prisma objects, in JavaScript, as the origin product built them per job. */
export function naiveFeatures(candidate: WithRelations, asOf: Date): CandidateFeatures {
  const quizzes = [...candidate.quizzes].sort(
    (a, b) => a.completedAt.getTime() - b.completedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    id: candidate.id,
    skillIds: new Set(candidate.skills.map((skill) => skill.skillId)),
    domainIds: new Set(candidate.domains.map((domain) => domain.domainId)),
    yearsOfExperience: candidate.yearsOfExperience,
    domainMonths: domainMonths(candidate.experiences, asOf),
    portfolioSkillIds: candidate.portfolio.map((item) => item.skillIds),
    testScores: candidate.technicalTests.map((test) => test.score),
    feedbackRatings: candidate.feedbacks.map((feedback) => feedback.rating),
    quizScores: quizzes.map((quiz) => quiz.score),
    badgeCount: candidate.badges.length,
    textTokens: tokenize([candidate.headline, candidate.summary, ...candidate.experiences.map((e) => e.title)].join("\n")),
  };
}
