import type { Db } from "../db";

type Requirements = { requiredSkillIds: readonly number[]; domainIds: readonly number[] };

/**
 * Ids of the candidates with one of the required skills, listed or implied by one they list
 * (SkillClosure), and one of the domains, found by index in SQL. For one job that is exactly its
 * eligible candidates; for the union of several jobs' requirements it is a superset of each job's.
 */
export async function findEligibleCandidateIds(db: Db, job: Requirements): Promise<string[]> {
  if (job.requiredSkillIds.length === 0 || job.domainIds.length === 0) return [];
  const required = [...job.requiredSkillIds];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "candidateId" AS id FROM "CandidateSkill"
    WHERE "skillId" = ANY(ARRAY(
      SELECT unnest(${required}::int[]) UNION SELECT "skillId" FROM "SkillClosure" WHERE "impliedId" = ANY(${required}::int[])))
    INTERSECT
    SELECT "candidateId" FROM "CandidateDomain" WHERE "domainId" = ANY(${[...job.domainIds]}::int[])`;
  return rows.map((row) => row.id);
}
