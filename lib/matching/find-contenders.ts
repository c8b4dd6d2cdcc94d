import { Prisma, type Db } from "../db";
import type { JobFeatures } from "../scoring/types";
import { WEIGHTS } from "../scoring/weights";
import { experienceBounds, type SummaryDetails } from "./experience-bounds";

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

/** How many of `ids` the candidate's skills hold, read from their bitmap (no array search per id). */
function countSkills(all: readonly number[]): Prisma.Sql {
  // The bitmap holds no negative id (get_bit would refuse one).
  const ids = all.filter((id) => id >= 0);
  if (ids.length === 0) return Prisma.sql`0::float8`;
  const bit = (id: number) => Prisma.sql`CASE WHEN ${id}::int < 8 * length(s."skillBits") THEN get_bit(s."skillBits", ${id}::int) ELSE 0 END`;
  return Prisma.sql`(${Prisma.join(ids.map(bit), " + ")})::float8`;
}

/**
 * The job's eligible candidates who can still reach its top `k`, best bound first, and how many
 * are eligible, from CandidateSummary alone (two queries, nothing loaded per candidate). For each
 * eligible candidate a lower and an upper bound of the match score: skills, domains, the
 * job-independent criteria and experience's seniority and portfolio parts are exact; years in the
 * job's domains are at most the positions' months summed (overlaps counted twice, open positions
 * running to `asOf`, which must be the date the candidates are then scored at); relevance, and
 * feedback for candidates who responded to the job, range over all they could be. Whoever's upper
 * bound is below the k-th best lower bound is beaten by k others whatever their real scores.
 * PostgreSQL prefilters with looser bounds (experience at its worst and best), so that only the
 * few thousand who may matter are sent here.
 */
export async function findContenders(db: Db, job: JobFeatures, options: { k: number; responders: string[]; asOf: Date }): Promise<Contenders> {
  if (job.requiredSkillIds.length === 0 || job.domainIds.length === 0) return { eligible: 0, contenders: [] };
  const listed = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const extra = [...job.mentionedSkillIds].filter((id) => !listed.has(id));
  const w = WEIGHTS;
  const rows = await db.$queryRaw<Row[]>`
    WITH e AS MATERIALIZED (
      SELECT s."candidateId" AS id, s."yearsOfExperience" AS years,
        ${countSkills(job.requiredSkillIds)} AS r,
        ${countSkills(job.niceToHaveSkillIds)} AS n,
        ${countSkills(extra)} AS x,
        ${countDomains(job.domainIds)} AS d,
        least(1, (greatest(0, s."yearsOfExperience") + 1) / (${Math.max(0, job.minYearsExperience)}::float8 + 1)) AS seniority,
        CASE WHEN s."candidateId" = ANY(${options.responders}::uuid[]) THEN NULL ELSE s.feedback END AS feedback,
        s.quizzes, s.progression, s.badges
      FROM "CandidateSummary" s
      WHERE s."skillIds" && ${[...job.requiredSkillIds]}::int[] AND s."domainIds" && ${[...job.domainIds]}::int[]
    ), p AS MATERIALIZED (
      SELECT id, years, seniority,
        ${w.skills}::float8 * least(100, CASE WHEN ${job.niceToHaveSkillIds.length}::int = 0 THEN 95 * r / ${job.requiredSkillIds.length}::float8
          ELSE 80 * r / ${job.requiredSkillIds.length}::float8 + 15 * n / ${Math.max(1, job.niceToHaveSkillIds.length)}::float8 END + 5 * least(1, x / 3)) / 100
        + ${w.domains}::float8 * least(100, 90 * d / ${job.domainIds.length}::float8 + CASE WHEN d = ${job.domainIds.length}::float8 THEN 10 ELSE 0 END) / 100
        + (${w.quizzes}::float8 * quizzes + ${w.progression}::float8 * progression + ${w.badges}::float8 * badges) / 100
        + coalesce(${w.feedback}::float8 * feedback / 100, 0) - ${MARGIN}::float8 AS "restLow",
        ${w.feedback}::float8 * (coalesce(feedback, 100) - coalesce(feedback, 0)) / 100 + ${w.relevance}::float8 + 2 * ${MARGIN}::float8 AS spread
      FROM e
    ), b AS (
      SELECT id, years, "restLow", "restLow" + spread AS "restHigh",
        "restLow" + ${w.experience}::float8 * 40 * seniority / 100 AS low,
        "restLow" + spread + ${w.experience}::float8 * least(100, 40 * seniority + 60) / 100 AS high
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
