import type { Db } from "../db";
import type { CandidateFeatures } from "../scoring/types";

/**
 * The ACTIVE jobs one candidate's change can affect: those sharing a domain and a required skill
 * with them, listed or implied by one they list (SkillClosure), where they may now belong; and
 * those where they have a row (where they may fall out or need their score refreshed). Found by
 * index, as the job side of the eligibility rule.
 */
export async function findCandidateJobIds(db: Db, candidate: Pick<CandidateFeatures, "id" | "skillIds" | "domainIds">): Promise<string[]> {
  const listed = [...candidate.skillIds];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT j.id FROM "Job" j
    WHERE j.status = 'ACTIVE' AND j.id IN (
      (SELECT "jobId" FROM "JobSkill"
       WHERE required AND "skillId" = ANY(ARRAY(
         SELECT unnest(${listed}::int[]) UNION SELECT "impliedId" FROM "SkillClosure" WHERE "skillId" = ANY(${listed}::int[])))
       INTERSECT
       SELECT "jobId" FROM "JobDomain" WHERE "domainId" = ANY(${[...candidate.domainIds]}::int[]))
      UNION
      SELECT "jobId" FROM "CandidateMatching" WHERE "candidateId" = ${candidate.id}::uuid)
    ORDER BY j.id`;
  return rows.map((row) => row.id);
}
