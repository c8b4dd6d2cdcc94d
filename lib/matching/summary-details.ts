import type { DbClient } from "../db";
import type { JobFeatures } from "../scoring/types";

/**
 * What bounds a contender's experience for one job: their portfolio as CandidateSummary keeps it
 * (see the migration), and their positions' milliseconds in the job's domains, summed by
 * PostgreSQL, overlaps counted twice and open positions running to `asOf`. One number instead of
 * the positions' three arrays, which the driver parsed from text for every contender.
 */
export type SummaryDetails = {
  id: string;
  portfolioSkillIds: number[];
  portfolioItemSizes: number[];
  domainMs: number;
};

export async function readSummaryDetails(db: DbClient, ids: readonly string[], job: JobFeatures, asOf: Date): Promise<SummaryDetails[]> {
  if (ids.length === 0) return [];
  // Milliseconds since 1970 are integers below 2^53: the sum is exact in any order.
  return db.$queryRaw<SummaryDetails[]>`
    SELECT s."candidateId" AS id, s."portfolioSkillIds", s."portfolioItemSizes",
      (SELECT coalesce(sum(greatest(0, least(p.ends, ${asOf.getTime()}::float8) - p.starts)), 0)::float8
       FROM unnest(s."positionDomainIds", s."positionStarts", s."positionEnds") AS p(domain, starts, ends)
       WHERE p.domain = ANY(${[...job.domainIds]}::int[])) AS "domainMs"
    FROM "CandidateSummary" s WHERE s."candidateId" = ANY(${[...ids]}::uuid[])`;
}
