import { Prisma, type Db } from "../db";
import type { JobFeatures } from "../scoring/types";
import { minRequiredHeld } from "../scoring/meets-requirements";
import { WEIGHTS } from "../scoring/weights";
import { experienceBounds } from "./experience-bounds";
import { readSummaryDetails } from "./summary-details";
import {
  badgesSql,
  domainsSql,
  experienceSql,
  feedbackSql,
  progressionSql,
  quizzesSql,
  senioritySql,
  skillsSql,
  weightedSql,
} from "./score-bounds-sql";

/** `low` ≤ the candidate's match score for this job ≤ `high`. */
export type Contender = { id: string; low: number; high: number };

export type Contenders = { eligible: number; contenders: Contender[] };

/** The bounds of every criterion but experience, which is bounded from its SummaryDetails. */
type Row = { id: string; eligible: number; years: number; restLow: number; restHigh: number };

// Floating-point differences between these sums and scoreCandidate's, and its rounding to two
// decimals (at most 0.005), are far below this.
export const BOUND_MARGIN = 0.01;

/** How many of the job's domains the candidate holds: one cheap test per domain. */
function countDomains(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    ids.map((id) => Prisma.sql`(${id}::int = ANY(s."domainIds"))::int`),
    " + ",
  )})::float8`;
}

/** How many of `ids` a bitmap of the summary holds (no array search per id). */
function countBits(column: "skillBits" | "impliedSkillBits", all: readonly number[]): Prisma.Sql {
  // The bitmap holds no negative id (get_bit would refuse one).
  const ids = all.filter((id) => id >= 0);
  if (ids.length === 0) return Prisma.sql`0::float8`;
  const bits = Prisma.raw(`s."${column}"`);
  // Bit `id` is in byte id / 8, which a shorter bitmap does not have (get_bit would refuse it).
  const bit = (id: number) =>
    Prisma.sql`CASE WHEN ${Math.floor(id / 8)}::int < length(${bits}) THEN get_bit(${bits}, ${id}::int) ELSE 0 END`;
  return Prisma.sql`(${Prisma.join(ids.map(bit), " + ")})::float8`;
}

/**
 * The job's eligible candidates who can still reach its top `k`, best bound first, and how many
 * are eligible, from CandidateSummary alone (three queries, nothing loaded per candidate). Eligible
 * is meetsRequirements: a shared domain, every must-have and minRequiredHeld of the required
 * skills, listed or implied (the summary's skill ids and bitmaps hold both). Filtering here, before
 * any bound, keeps an ineligible candidate from setting the k-th lower bound: loaded and dropped,
 * they would leave the top short.
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
export async function findContenders(
  db: Db,
  job: JobFeatures,
  options: { k: number; responders: string[]; asOf: Date },
): Promise<Contenders> {
  if (job.requiredSkillIds.length === 0 || job.domainIds.length === 0) return { eligible: 0, contenders: [] };
  const listed = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const extra = [...job.mentionedSkillIds].filter((id) => !listed.has(id));
  // Only the job's skills that some skill implies can be implied: the others need no test.
  const impliable = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT "impliedId" AS id FROM "SkillClosure" WHERE "impliedId" = ANY(${[...listed]}::int[])`;
  const impliableIds = new Set(impliable.map((row) => row.id));
  const implied = (ids: readonly number[]) =>
    countBits(
      "impliedSkillBits",
      ids.filter((id) => impliableIds.has(id)),
    );
  const counts = {
    required: Prisma.sql`r`,
    requiredImplied: Prisma.sql`ri`,
    nice: Prisma.sql`n`,
    niceImplied: Prisma.sql`ni`,
    extra: Prisma.sql`x`,
  };
  const relevance = WEIGHTS.relevance + 2 * BOUND_MARGIN;
  const rows = await db.$queryRaw<Row[]>`
    WITH e AS MATERIALIZED (
      SELECT s."candidateId" AS id, s."yearsOfExperience" AS years,
        ${countBits("skillBits", job.requiredSkillIds)} AS r,
        ${implied(job.requiredSkillIds)} AS ri,
        ${countBits("skillBits", job.niceToHaveSkillIds)} AS n,
        ${implied(job.niceToHaveSkillIds)} AS ni,
        ${countBits("skillBits", extra)} AS x,
        ${countDomains(job.domainIds)} AS d,
        ${senioritySql(job, Prisma.sql`s."yearsOfExperience"`)} AS seniority,
        CASE WHEN s."candidateId" = ANY(${options.responders}::uuid[]) THEN NULL
          ELSE ${weightedSql("feedback", feedbackSql())} END AS feedback,
        ${weightedSql("quizzes", quizzesSql())} + ${weightedSql("progression", progressionSql())}
          + ${weightedSql("badges", badgesSql())} AS fixed
      FROM "CandidateSummary" s
      WHERE s."skillIds" && ${[...job.requiredSkillIds]}::int[] AND s."domainIds" && ${[...job.domainIds]}::int[]
        AND s."skillIds" @> ${[...job.mustHaveSkillIds]}::int[]
    ), p AS MATERIALIZED (
      SELECT id, years,
        ${weightedSql("skills", skillsSql(job, counts))} + ${weightedSql("domains", domainsSql(job, Prisma.sql`d`))}
          + fixed + coalesce(feedback, 0) - ${BOUND_MARGIN}::float8 AS "restLow",
        CASE WHEN feedback IS NULL THEN ${WEIGHTS.feedback + relevance}::float8 ELSE ${relevance}::float8 END AS spread,
        ${weightedSql("experience", experienceSql(Prisma.sql`seniority`, 0, 0))} AS "experienceLow",
        ${weightedSql("experience", experienceSql(Prisma.sql`seniority`, 1, 1))} AS "experienceHigh"
      FROM e
      WHERE r + ri >= ${minRequiredHeld(job)}::float8
    ), b AS (
      SELECT id, years, "restLow", "restLow" + spread AS "restHigh",
        "restLow" + "experienceLow" AS low, "restLow" + spread + "experienceHigh" AS high
      FROM p
    )
    SELECT id, years, "restLow", "restHigh", (SELECT count(*) FROM b)::int AS eligible FROM b
    WHERE high >= coalesce((SELECT low FROM b ORDER BY low DESC OFFSET ${Math.max(0, options.k - 1)}::int LIMIT 1), '-Infinity'::float8)`;
  // Their portfolios and months in the job's domains by primary key: carried through the scan
  // above, the arrays made PostgreSQL hash the whole summary table.
  const details = new Map(
    (
      await readSummaryDetails(
        db,
        rows.map((row) => row.id),
        job,
        options.asOf,
      )
    ).map((row) => [row.id, row]),
  );

  const bound = experienceBounds(job);
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
