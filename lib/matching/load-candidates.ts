import type { DbClient } from "../db";
import { tokenize } from "../scoring/tokenize";
import type { CandidateFeatures } from "../scoring/types";
import { domainMonths, type Position } from "./domain-months";

// Large enough to keep round trips few, small enough to keep each result set modest.
const CHUNK = 5000;

type Row<T> = { candidateId: string } & T;

/**
 * Scoring features of the given candidates, in eight set-based queries per chunk of ids
 * (never one query per candidate). `asOf` ends the positions that are still open.
 */
export async function loadCandidateFeatures(db: DbClient, ids: readonly string[], asOf: Date): Promise<Map<string, CandidateFeatures>> {
  const features = new Map<string, CandidateFeatures>();
  const words = new Map<string, string>();
  // Candidates share most words; one copy of each keeps a large pool small in memory.
  const intern = (tokens: string[]) => tokens.map((token) => words.get(token) ?? (words.set(token, token), token));
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    for (const candidate of await loadChunk(db, chunk, asOf)) {
      features.set(candidate.id, { ...candidate, textTokens: intern(candidate.textTokens as string[]) });
    }
  }
  return features;
}

async function loadChunk(db: DbClient, ids: string[], asOf: Date): Promise<CandidateFeatures[]> {
  const [base, skills, domains, positions, portfolio, tests, feedbacks, quizzes] = await Promise.all([
    db.$queryRaw<{ id: string; yearsOfExperience: number; headline: string; summary: string; badgeCount: number }[]>`
      SELECT c.id, c."yearsOfExperience", c.headline, c.summary,
             (SELECT count(*)::int FROM "Badge" b WHERE b."candidateId" = c.id) AS "badgeCount"
      FROM "Candidate" c WHERE c.id = ANY(${ids}::uuid[])`,
    db.$queryRaw<Row<{ ids: number[] }>[]>`
      SELECT "candidateId", array_agg("skillId") AS ids FROM "CandidateSkill"
      WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
    db.$queryRaw<Row<{ ids: number[] }>[]>`
      SELECT "candidateId", array_agg("domainId") AS ids FROM "CandidateDomain"
      WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
    db.$queryRaw<Row<Position & { title: string }>[]>`
      SELECT "candidateId", "domainId", "startDate", "endDate", title FROM "Experience"
      WHERE "candidateId" = ANY(${ids}::uuid[])`,
    db.$queryRaw<Row<{ skillIds: number[] }>[]>`
      SELECT "candidateId", "skillIds" FROM "PortfolioItem" WHERE "candidateId" = ANY(${ids}::uuid[])`,
    db.$queryRaw<Row<{ scores: number[] }>[]>`
      SELECT "candidateId", array_agg(score) AS scores FROM "TechnicalTest"
      WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
    db.$queryRaw<Row<{ ratings: number[] }>[]>`
      SELECT "candidateId", array_agg(rating) AS ratings FROM "Feedback"
      WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
    db.$queryRaw<Row<{ scores: number[] }>[]>`
      SELECT "candidateId", array_agg(score ORDER BY "completedAt", id) AS scores FROM "QuizAttempt"
      WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
  ]);

  const byCandidate = <T>(rows: Row<T>[]) => new Map(rows.map((row) => [row.candidateId, row]));
  const skillMap = byCandidate(skills);
  const domainMap = byCandidate(domains);
  const testMap = byCandidate(tests);
  const feedbackMap = byCandidate(feedbacks);
  const quizMap = byCandidate(quizzes);
  const positionMap = groupBy(positions);
  const portfolioMap = groupBy(portfolio);

  return base.map((candidate) => {
    const candidatePositions = positionMap.get(candidate.id) ?? [];
    const text = [candidate.headline, candidate.summary, ...candidatePositions.map((position) => position.title)].join("\n");
    return {
      id: candidate.id,
      skillIds: new Set(skillMap.get(candidate.id)?.ids ?? []),
      domainIds: new Set(domainMap.get(candidate.id)?.ids ?? []),
      yearsOfExperience: candidate.yearsOfExperience,
      domainMonths: domainMonths(candidatePositions, asOf),
      portfolioSkillIds: (portfolioMap.get(candidate.id) ?? []).map((item) => item.skillIds),
      testScores: testMap.get(candidate.id)?.scores ?? [],
      feedbackRatings: feedbackMap.get(candidate.id)?.ratings ?? [],
      quizScores: quizMap.get(candidate.id)?.scores ?? [],
      badgeCount: candidate.badgeCount,
      textTokens: tokenize(text),
    };
  });
}

function groupBy<T extends { candidateId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.candidateId);
    if (group) group.push(row);
    else groups.set(row.candidateId, [row]);
  }
  return groups;
}
