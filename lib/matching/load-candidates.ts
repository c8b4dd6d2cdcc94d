import type { DbClient } from "../db";
import { tokenize } from "../scoring/tokenize";
import type { CandidateFeatures } from "../scoring/types";
import { domainMonths, type Position } from "./domain-months";

// Large enough to keep round trips few; small enough that a chunk's rows, all alive until it is
// built, do not set the peak of a full recalculation (5,000 held 60 MB more at 100,000 candidates).
const CHUNK = 2000;

type Row<T> = { candidateId: string } & T;

// Most candidates imply no skill or wrote every skill by its name: they all share this one.
const NONE: ReadonlyMap<number, never> = new Map<number, never>();

/**
 * Scoring features of the given candidates, in nine set-based queries per chunk of ids
 * (never one query per candidate). `asOf` ends the positions that are still open.
 */
export async function loadCandidateFeatures(db: DbClient, ids: readonly string[], asOf: Date): Promise<Map<string, CandidateFeatures>> {
  const features = new Map<string, CandidateFeatures>();
  const strings = new Map<string, string>();
  // Candidates share most words and spellings; one copy of each keeps a large pool small in memory.
  const intern = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    for (const candidate of await loadChunk(db, chunk, asOf, intern)) features.set(candidate.id, candidate);
  }
  return features;
}

async function loadChunk(db: DbClient, ids: string[], asOf: Date, intern: (text: string) => string): Promise<CandidateFeatures[]> {
  const [base, skills, implied, domains, positions, portfolio, tests, feedbacks, quizzes] = await Promise.all([
    db.$queryRaw<{ id: string; yearsOfExperience: number; headline: string; summary: string; badgeCount: number }[]>`
      SELECT c.id, c."yearsOfExperience", c.headline, c.summary,
             (SELECT count(*)::int FROM "Badge" b WHERE b."candidateId" = c.id) AS "badgeCount"
      FROM "Candidate" c WHERE c.id = ANY(${ids}::uuid[])`,
    db.$queryRaw<Row<{ ids: number[]; spellings: Record<string, string> | null }>[]>`
      SELECT "candidateId", array_agg("skillId") AS ids,
             json_object_agg("skillId", spelling) FILTER (WHERE spelling IS NOT NULL) AS spellings
      FROM "CandidateSkill" WHERE "candidateId" = ANY(${ids}::uuid[]) GROUP BY "candidateId"`,
    // What the chunk's listed skills imply: a few hundred pairs, where joining them to every
    // candidate's skills in SQL cost more than the rest of the chunk's queries together.
    db.$queryRaw<{ skillId: number; impliedId: number }[]>`
      SELECT "skillId", "impliedId" FROM "SkillClosure"
      WHERE "skillId" IN (SELECT DISTINCT "skillId" FROM "CandidateSkill" WHERE "candidateId" = ANY(${ids}::uuid[]))`,
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
  const implies = new Map<number, number[]>();
  for (const { skillId, impliedId } of implied) {
    const general = implies.get(skillId);
    if (general) general.push(impliedId);
    else implies.set(skillId, [impliedId]);
  }
  const domainMap = byCandidate(domains);
  const testMap = byCandidate(tests);
  const feedbackMap = byCandidate(feedbacks);
  const quizMap = byCandidate(quizzes);
  const positionMap = groupBy(positions);
  const portfolioMap = groupBy(portfolio);

  return base.map((candidate) => {
    const candidatePositions = positionMap.get(candidate.id) ?? [];
    const text = [candidate.headline, candidate.summary, ...candidatePositions.map((position) => position.title)].join("\n");
    const skill = skillMap.get(candidate.id);
    return {
      id: candidate.id,
      skillIds: new Set(skill?.ids ?? []),
      impliedSkills: impliedSkills(skill?.ids ?? [], implies),
      skillSpellings: skill?.spellings
        ? new Map(Object.entries(skill.spellings).map(([id, spelling]) => [Number(id), intern(spelling)]))
        : NONE,
      domainIds: new Set(domainMap.get(candidate.id)?.ids ?? []),
      yearsOfExperience: candidate.yearsOfExperience,
      domainMonths: domainMonths(candidatePositions, asOf),
      portfolioSkillIds: (portfolioMap.get(candidate.id) ?? []).map((item) => item.skillIds),
      testScores: testMap.get(candidate.id)?.scores ?? [],
      feedbackRatings: feedbackMap.get(candidate.id)?.ratings ?? [],
      quizScores: quizMap.get(candidate.id)?.scores ?? [],
      badgeCount: candidate.badgeCount,
      textTokens: tokenize(text).map(intern),
    };
  });
}

/** What the listed skills imply and is not listed, each with the smallest listed skill implying it. */
function impliedSkills(listed: readonly number[], implies: ReadonlyMap<number, readonly number[]>): ReadonlyMap<number, number> {
  let implied: Map<number, number> | undefined;
  for (const via of listed) {
    for (const id of implies.get(via) ?? []) {
      if (listed.includes(id)) continue;
      implied ??= new Map();
      const known = implied.get(id);
      if (known === undefined || via < known) implied.set(id, via);
    }
  }
  return implied ?? NONE;
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
