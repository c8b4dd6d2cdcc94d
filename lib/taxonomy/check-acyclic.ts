import type { DbClient } from "../db";
import { closeImplications } from "./close-implications";

/** Throws TaxonomyError IMPLICATION_CYCLE, naming the skills, when the stored implications hold a cycle. */
export async function checkAcyclic(tx: DbClient): Promise<void> {
  const edges = await tx.$queryRaw<{ specific: string; general: string }[]>`
    SELECT s.name AS specific, g.name AS general FROM "SkillImplication" i
    JOIN "Skill" s ON s.id = i."skillId" JOIN "Skill" g ON g.id = i."impliesId"`;
  closeImplications(edges.map((edge) => [edge.specific, edge.general]));
}
