import { Prisma, type Db } from "../db";
import { minRequiredHeld } from "../scoring/meets-requirements";
import type { JobFeatures } from "../scoring/types";

type Requirements = Pick<JobFeatures, "requiredSkillIds" | "domainIds"> &
  Partial<Pick<JobFeatures, "mustHaveSkillIds" | "minSkillsCoverage">>;

/**
 * Ids of the candidates with one of the required skills, listed or implied by one they list
 * (SkillClosure), and one of the domains, found by index in SQL; with must-haves or a minimum
 * share, also holding those (meetsRequirements, read from CandidateSummary's skill ids, which
 * hold the listed and the implied ones). For one job that is exactly its eligible candidates; for
 * the union of several jobs' skills and domains, without must-haves, a superset of each job's.
 */
export async function findEligibleCandidateIds(db: Db, job: Requirements): Promise<string[]> {
  if (job.requiredSkillIds.length === 0 || job.domainIds.length === 0) return [];
  const required = [...job.requiredSkillIds];
  const mustHave = [...(job.mustHaveSkillIds ?? [])];
  const fewest = minRequiredHeld({ requiredSkillIds: required, minSkillsCoverage: job.minSkillsCoverage ?? 0 });
  const sharing = Prisma.sql`
    SELECT "candidateId" AS id FROM "CandidateSkill"
    WHERE "skillId" = ANY(ARRAY(
      SELECT unnest(${required}::int[]) UNION SELECT "skillId" FROM "SkillClosure" WHERE "impliedId" = ANY(${required}::int[])))
    INTERSECT
    SELECT "candidateId" FROM "CandidateDomain" WHERE "domainId" = ANY(${[...job.domainIds]}::int[])`;
  const rows =
    mustHave.length === 0 && fewest <= 1
      ? await db.$queryRaw<{ id: string }[]>(sharing)
      : await db.$queryRaw<{ id: string }[]>`
          SELECT e.id FROM (${sharing}) e JOIN "CandidateSummary" s ON s."candidateId" = e.id
          WHERE s."skillIds" @> ${mustHave}::int[]
            AND (SELECT count(*) FROM unnest(s."skillIds") AS k(id) WHERE k.id = ANY(${required}::int[])) >= ${fewest}`;
  return rows.map((row) => row.id);
}
