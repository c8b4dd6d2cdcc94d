import type { Db } from "../lib/db";
import { domainMonths } from "../lib/matching/domain-months";
import { tokenize } from "../lib/scoring/tokenize";
import type { CandidateFeatures } from "../lib/scoring/types";

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
  skills: { skillId: number; spelling: string | null }[];
  domains: { domainId: number }[];
  experiences: { title: string; domainId: number | null; startDate: Date; endDate: Date | null }[];
  portfolio: { skillIds: number[] }[];
  technicalTests: { score: number }[];
  feedbacks: { rating: number }[];
  quizzes: { id: string; score: number; completedAt: Date }[];
  badges: unknown[];
};

/** Every skill's implied skills. */
export type Implications = ReadonlyMap<number, ReadonlySet<number>>;

/**
 * The implications closed transitively in JavaScript, from the curated edges: independent of
 * SkillClosure and of the SQL that refreshes it, which the product reads.
 */
export async function naiveImplications(db: Db): Promise<Implications> {
  const direct = new Map<number, number[]>();
  for (const edge of await db.skillImplication.findMany()) direct.set(edge.skillId, [...(direct.get(edge.skillId) ?? []), edge.impliesId]);
  const closure = new Map<number, Set<number>>();
  for (const [skill, generals] of direct) {
    const reached = new Set<number>();
    for (const stack = [...generals]; stack.length > 0; ) {
      const next = stack.pop()!;
      if (next === skill || reached.has(next)) continue;
      reached.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closure.set(skill, reached);
  }
  return closure;
}

/** Scoring features from Prisma objects, in JavaScript, as the origin product built them per job. */
export function naiveFeatures(candidate: WithRelations, asOf: Date, implications: Implications): CandidateFeatures {
  const quizzes = [...candidate.quizzes].sort(
    (a, b) => a.completedAt.getTime() - b.completedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const listed = new Set(candidate.skills.map((skill) => skill.skillId));
  // Each implied skill with the smallest listed skill implying it.
  const impliedSkills = new Map<number, number>();
  for (const id of [...listed].sort((a, b) => a - b)) {
    for (const implied of implications.get(id) ?? [])
      if (!listed.has(implied) && !impliedSkills.has(implied)) impliedSkills.set(implied, id);
  }
  const features = {
    id: candidate.id,
    skillIds: listed,
    impliedSkills,
    skillSpellings: new Map(
      candidate.skills.flatMap((skill) => (skill.spelling === null ? [] : [[skill.skillId, skill.spelling] as const])),
    ),
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
  return features;
}
