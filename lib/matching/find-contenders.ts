import { Prisma, type Db } from "../db";
import type { JobFeatures } from "../scoring/types";
import { WEIGHTS, type Criterion } from "../scoring/weights";
import { experienceBounds, type SummaryDetails } from "./experience-bounds";
import { badgesSql, clampSql, domainsSql, experienceSql, feedbackSql, progressionSql, quizzesSql, skillsSql } from "./score-bounds-sql";

/** `low` ≤ the candidate's match score for this job ≤ `high`. */
export type Contender = { id: string; low: number; high: number };

export type Contenders = { eligible: number; contenders: Contender[] };

/** The bounds of every criterion but experience, which is bounded from SummaryDetails. */
type Row = { id: string; eligible: number; years: number; restLow: number; restHigh: number };

// Floating-point differences between these sums and scoreCandidate's, and its rounding to two
// decimals (at most 0.005), are far below this.
const MARGIN = 0.01;

/** How many of the job's domains the candidate holds: one cheap test per domain. */
function countDomains(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(ids.map((id) => Prisma.sql`(${id}::int = ANY(s."domainIds"))::int`), " + ")})::float8`;
}

/** How many of `ids` a bitmap of the summary holds (no array search per id). */
function countBits(column: "skillBits" | "impliedSkillBits", all: readonly number[]): Prisma.Sql {
  // The bitmap holds no negative id (get_bit would refuse one).
  const ids = all.filter((id) => id >= 0);
  if (ids.length === 0) return Prisma.sql`0::float8`;
  const bits = Prisma.raw(`s."${column}"`);
  const bit = (id: number) => Prisma.sql`CASE WHEN ${id}::int < 8 * length(${bits}) THEN get_bit(${bits}, ${id}::int) ELSE 0 END`;
  return Prisma.sql`(${Prisma.join(ids.map(bit), " + ")})::float8`;
}

/** A criterion's share of the match score, as totalOf weighs it. */
const weighted = (criterion: Criterion, score: Prisma.Sql) => Prisma.sql`${WEIGHTS[criterion]}::float8 * ${clampSql(score)} / 100`;

/**
 * The job's eligible candidates who can still reach its top `k`, best bound first, and how many
 * are eligible, from CandidateSummary alone (two queries, nothing loaded per candidate). Eligible
 * means a shared domain and a required skill listed or implied: the summary's skill ids hold both.
 * For each eligible candidate a lower and an upper bound of the match score: skills (implied
 * matches at their partial credit), domains, the job-independent criteria and experience's
 * seniority and portfolio parts are exact; years in the job's domains are at most the positions'
 * months summed (overlaps counted twice, open positions running to `asOf`, which must be the date
 * the candidates are then scored at); relevance, and feedback for candidates who responded to the
 * job, range over all they could be. Whoever's upper bound is below the k-th best lower bound is
 * beaten by k others whatever their real scores. PostgreSQL prefilters with looser bounds
 * (experience at its worst and best), so that only the few thousand who may matter are sent here.
 * Every formula is built from lib/scoring's coefficients (score-bounds-sql.ts).
 */
export async function findContenders(db: Db, job: JobFeatures, options: { k: number; responders: string[]; asOf: Date }): Promise<Contenders> {
  if (job.requiredSkillIds.length === 0 || job.domainIds.length === 0) return { eligible: 0, contenders: [] };
  const listed = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const extra = [...job.mentionedSkillIds].filter((id) => !listed.has(id));
  const skills = skillsSql(job, { required: Prisma.sql`r`, requiredImplied: Prisma.sql`ri`, nice: Prisma.sql`n`, niceImplied: Prisma.sql`ni`, extra: Prisma.sql`x` });
  const years = Prisma.sql`years`;
  const rows = await db.$queryRaw<Row[]>`
    WITH e AS MATERIALIZED (
      SELECT s."candidateId" AS id, s."yearsOfExperience" AS years,
        ${countBits("skillBits", job.requiredSkillIds)} AS r,
        ${countBits("impliedSkillBits", job.requiredSkillIds)} AS ri,
        ${countBits("skillBits", job.niceToHaveSkillIds)} AS n,
        ${countBits("impliedSkillBits", job.niceToHaveSkillIds)} AS ni,
        ${countBits("skillBits", extra)} AS x,
        ${countDomains(job.domainIds)} AS d,
        CASE WHEN s."candidateId" = ANY(${options.responders}::uuid[]) THEN NULL ELSE ${clampSql(feedbackSql())} END AS feedback,
        ${clampSql(quizzesSql())} AS quizzes, ${clampSql(progressionSql())} AS progression, ${clampSql(badgesSql())} AS badges
      FROM "CandidateSummary" s
      WHERE s."skillIds" && ${[...job.requiredSkillIds]}::int[] AND s."domainIds" && ${[...job.domainIds]}::int[]
    ), p AS MATERIALIZED (
      SELECT id, years,
        ${weighted("skills", skills)} + ${weighted("domains", domainsSql(job, Prisma.sql`d`))}
        + (${WEIGHTS.quizzes}::float8 * quizzes + ${WEIGHTS.progression}::float8 * progression + ${WEIGHTS.badges}::float8 * badges) / 100
        + coalesce(${WEIGHTS.feedback}::float8 * feedback / 100, 0) - ${MARGIN}::float8 AS "restLow",
        ${WEIGHTS.feedback}::float8 * (coalesce(feedback, 100) - coalesce(feedback, 0)) / 100 + ${WEIGHTS.relevance}::float8 + 2 * ${MARGIN}::float8 AS spread,
        ${weighted("experience", experienceSql(job, years, 0, 0))} AS "experienceLow",
        ${weighted("experience", experienceSql(job, years, 1, 1))} AS "experienceHigh"
      FROM e
    ), b AS (
      SELECT id, years, "restLow", "restLow" + spread AS "restHigh", "restLow" + "experienceLow" AS low, "restLow" + spread + "experienceHigh" AS high
      FROM p
    )
    SELECT id, years, "restLow", "restHigh", (SELECT count(*) FROM b)::int AS eligible FROM b
    WHERE high >= coalesce((SELECT low FROM b ORDER BY low DESC OFFSET ${Math.max(0, options.k - 1)}::int LIMIT 1), '-Infinity'::float8)`;
  // Their portfolios and positions by primary key: carried through the scan above, these arrays
  // made PostgreSQL hash the whole summary table.
  const details = new Map(
    (rows.length === 0
      ? []
      : await db.$queryRaw<SummaryDetails[]>`
          SELECT "candidateId" AS id, "portfolioSkillIds", "portfolioItemSizes", "positionDomainIds", "positionStarts", "positionEnds"
          FROM "CandidateSummary" WHERE "candidateId" = ANY(${rows.map((row) => row.id)}::uuid[])`
    ).map((row) => [row.id, row]),
  );

  const bound = experienceBounds(job, options.asOf);
  // A candidate without details was deleted meanwhile: there is nobody to load.
  const bounded = rows.flatMap((row) => {
    const found = details.get(row.id);
    if (!found) return [];
    const experience = bound(row.years, found);
    return [{ id: row.id, low: row.restLow + experience.low, high: row.restHigh + experience.high }];
  });
  const kth = bounded.map((c) => c.low).sort((a, b) => b - a)[options.k - 1] ?? -Infinity;
  const contenders = bounded.filter((c) => c.high >= kth).sort((a, b) => b.high - a.high || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { eligible: rows[0]?.eligible ?? 0, contenders };
}
