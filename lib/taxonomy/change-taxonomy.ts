import type { Db, DbTransaction } from "../db";
import { ensureTaxonomy } from "./ensure-taxonomy";
import { lockTaxonomy } from "./lock-taxonomy";

/** What an operator's change did: a sentence, and the skills whose holders may now rank differently. */
export type ChangeOutcome = { changed: boolean; message: string; skillIds: number[] };

export type TaxonomyChange = ChangeOutcome & {
  /** The ACTIVE jobs that list one of the changed skills, or a skill those imply. */
  jobs: { id: string; workspaceId: string }[];
};

/**
 * Runs one operator change of the catalogue in a transaction of its own, under the catalogue's
 * lock, after the shipped catalogue is synced: all of it or nothing. A change that changed
 * something bumps the catalogue's version and names the jobs to recalculate.
 */
export async function changeTaxonomy(db: Db, change: (tx: DbTransaction) => Promise<ChangeOutcome>): Promise<TaxonomyChange> {
  await ensureTaxonomy(db);
  return db.$transaction(
    async (tx) => {
      await lockTaxonomy(tx);
      const outcome = await change(tx);
      if (!outcome.changed) return { ...outcome, jobs: [] };
      await tx.taxonomyState.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
      const jobs = await tx.$queryRaw<{ id: string; workspaceId: string }[]>`
        SELECT DISTINCT j.id, j."workspaceId" FROM "Job" j JOIN "JobSkill" js ON js."jobId" = j.id
        WHERE j.status = 'ACTIVE' AND (js."skillId" = ANY(${outcome.skillIds}::int[])
          OR js."skillId" IN (SELECT "impliedId" FROM "SkillClosure" WHERE "skillId" = ANY(${outcome.skillIds}::int[])))
        ORDER BY j.id`;
      return { ...outcome, jobs };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}
