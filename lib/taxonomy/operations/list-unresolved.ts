import type { Db } from "../../db";

export type UnresolvedName = { name: string; candidates: number; jobs: number };

/** Names seen in the data that match no known skill or alias, with how many candidates and jobs list each, most used first. */
export async function listUnresolved(db: Db): Promise<UnresolvedName[]> {
  return db.$queryRaw<UnresolvedName[]>`
    SELECT name, candidates, jobs FROM (
      SELECT s.id, s.name,
        (SELECT count(*) FROM "CandidateSkill" c WHERE c."skillId" = s.id)::int AS candidates,
        (SELECT count(*) FROM "JobSkill" j WHERE j."skillId" = s.id)::int AS jobs
      FROM "Skill" s WHERE s.source = 'SEEN'
    ) used
    ORDER BY candidates + jobs DESC, lower(name), id`;
}
