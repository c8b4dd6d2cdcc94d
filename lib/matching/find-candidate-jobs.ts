import type { Db } from "../db";
import type { CandidateFeatures } from "../scoring/types";

/**
 * The ACTIVE jobs one candidate's change can affect: those they are eligible for (a domain and a
 * required skill in common, every must-have and the minimum share of required skills, each
 * listed or implied by one they list: SkillClosure), where they may now belong; and those where
 * they have a row (where they may fall out or need their score refreshed). The shared skill and
 * domain are found by index; the rest is read from those jobs' own skills.
 */
export async function findCandidateJobIds(db: Db, candidate: Pick<CandidateFeatures, "id" | "skillIds" | "domainIds">): Promise<string[]> {
  const listed = [...candidate.skillIds];
  // meetsRequirements in SQL: holding one required skill (the index's part), holding
  // `100 · held ≥ minimum · required` is holding minRequiredHeld of them, integers both sides.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH held AS MATERIALIZED (
      SELECT unnest(${listed}::int[]) AS id UNION SELECT "impliedId" FROM "SkillClosure" WHERE "skillId" = ANY(${listed}::int[]))
    SELECT j.id FROM "Job" j
    WHERE j.status = 'ACTIVE' AND (
      j.id IN (SELECT "jobId" FROM "CandidateMatching" WHERE "candidateId" = ${candidate.id}::uuid)
      OR (j.id IN (
            SELECT "jobId" FROM "JobSkill" WHERE required AND "skillId" IN (SELECT id FROM held)
            INTERSECT
            SELECT "jobId" FROM "JobDomain" WHERE "domainId" = ANY(${[...candidate.domainIds]}::int[]))
          AND (SELECT bool_and(NOT js."mustHave" OR js."skillId" IN (SELECT id FROM held))
                 AND 100 * count(*) FILTER (WHERE js."skillId" IN (SELECT id FROM held)) >= j."minSkillsCoverage" * count(*)
               FROM "JobSkill" js WHERE js."jobId" = j.id AND js.required)))
    ORDER BY j.id`;
  return rows.map((row) => row.id);
}
