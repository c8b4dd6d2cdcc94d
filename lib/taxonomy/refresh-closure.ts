import type { DbClient } from "../db";

/**
 * Rewrites SkillClosure from SkillImplication, and the summaries of the candidates whose implied
 * skills changed with it. Returns the skills that became, or stopped being, implied by another:
 * the jobs requiring one of them may rank differently now.
 */
export async function refreshClosure(tx: DbClient): Promise<number[]> {
  const read = async () =>
    new Set(
      (await tx.$queryRaw<{ pair: string }[]>`SELECT "skillId" || '>' || "impliedId" AS pair FROM "SkillClosure"`).map((row) => row.pair),
    );
  const before = await read();
  await tx.$executeRaw`SELECT refresh_skill_closure()`;
  const after = await read();
  const changed = [...before].filter((pair) => !after.has(pair)).concat([...after].filter((pair) => !before.has(pair)));
  if (changed.length === 0) return [];
  const specific = [...new Set(changed.map((pair) => Number(pair.split(">")[0])))];
  const general = [...new Set(changed.map((pair) => Number(pair.split(">")[1])))];
  await tx.$executeRaw`
    SELECT refresh_candidate_summary(array_agg(DISTINCT "candidateId")) FROM "CandidateSkill" WHERE "skillId" = ANY(${specific}::int[])
    HAVING count(*) > 0`;
  return general;
}
