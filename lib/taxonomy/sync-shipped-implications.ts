import type { DbClient } from "../db";
import { checkAcyclic } from "./check-acyclic";
import { skillKey } from "./skill-key";

export const implicationKey = (specificKey: string, generalKey: string) => `${specificKey} > ${generalKey}`;

/**
 * Makes SkillImplication hold the shipped implications (by canonical name), less those an
 * operator removed, beside the operator's own; refuses a combination with a cycle.
 */
export async function syncShippedImplications(tx: DbClient, shipped: readonly (readonly [string, string])[]): Promise<void> {
  const ids = new Map(
    (await tx.$queryRaw<{ id: number; key: string }[]>`SELECT id, key FROM "Skill" WHERE source <> 'SEEN'`).map((row) => [row.key, row.id]),
  );
  const removed = new Set(
    (await tx.$queryRaw<{ key: string }[]>`SELECT key FROM "TaxonomyRemoval" WHERE kind = 'implication'`).map((row) => row.key),
  );
  const edges = shipped.flatMap(([specific, general]) => {
    const from = ids.get(skillKey(specific));
    const to = ids.get(skillKey(general));
    if (from === undefined || to === undefined || removed.has(implicationKey(skillKey(specific), skillKey(general)))) return [];
    return [[from, to] as const];
  });
  const specifics = edges.map(([from]) => from);
  const generals = edges.map(([, to]) => to);
  await tx.$executeRaw`
    DELETE FROM "SkillImplication" i WHERE source = 'CATALOGUE'
    AND NOT EXISTS (
      SELECT 1 FROM unnest(${specifics}::int[], ${generals}::int[]) AS e(s, g) WHERE e.s = i."skillId" AND e.g = i."impliesId"
    )`;
  await tx.$executeRaw`
    INSERT INTO "SkillImplication" ("skillId", "impliesId", source)
    SELECT s, g, 'CATALOGUE' FROM unnest(${specifics}::int[], ${generals}::int[]) AS e(s, g) ON CONFLICT DO NOTHING`;
  await checkAcyclic(tx);
}
