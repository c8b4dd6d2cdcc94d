import type { DbClient } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";
import { skillKey } from "./skill-key";

type Shipped = readonly { name: string; aliases: readonly string[] }[];

/**
 * Makes the database's catalogue hold the shipped entries and aliases: each shipped name becomes
 * (or stays) a CATALOGUE entry, shipped aliases point at it, and what an earlier shipped version
 * had but this one dropped goes back to SEEN (entries) or away (aliases). An operator's entries
 * and aliases win over the shipped ones: a shipped name or alias whose key an operator already
 * gave another meaning is left out, and so is a shipped alias an operator removed.
 */
export async function syncShippedEntries(tx: DbClient, kind: CatalogKind, shipped: Shipped): Promise<void> {
  const { entry, alias, foreignKey } = tablesOf(kind);
  const operatorAliases = new Set(
    (await tx.$queryRaw<{ key: string }[]>`SELECT key FROM ${alias} WHERE source = 'OPERATOR'`).map((row) => row.key),
  );
  const entries = shipped.map((item) => ({ key: skillKey(item.name), name: item.name })).filter((item) => !operatorAliases.has(item.key));
  const keys = entries.map((item) => item.key);
  await tx.$executeRaw`
    INSERT INTO ${entry} (key, name, source)
    SELECT key, name, 'CATALOGUE' FROM unnest(${keys}::text[], ${entries.map((item) => item.name)}::text[]) AS t(key, name)
    ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name,
      source = CASE WHEN ${entry}.source = 'OPERATOR' THEN ${entry}.source ELSE EXCLUDED.source END`;
  await tx.$executeRaw`UPDATE ${entry} SET source = 'SEEN' WHERE source = 'CATALOGUE' AND NOT (key = ANY(${keys}::text[]))`;

  const removed = new Set(
    (await tx.$queryRaw<{ key: string }[]>`SELECT key FROM "TaxonomyRemoval" WHERE kind = ${`${kind}-alias`}`).map((row) => row.key),
  );
  // Spellings of one alias that differ only in what the key folds ("DotNet", "dotnet") are one row.
  const byKey = new Map<string, { key: string; spelling: string; target: string }>();
  for (const item of shipped) {
    for (const spelling of item.aliases) {
      const alias = { key: skillKey(spelling), spelling, target: skillKey(item.name) };
      if (alias.key && alias.key !== alias.target && !removed.has(alias.key) && !byKey.has(alias.key)) byKey.set(alias.key, alias);
    }
  }
  const aliases = [...byKey.values()];
  await tx.$executeRaw`DELETE FROM ${alias} WHERE source = 'CATALOGUE' AND NOT (key = ANY(${aliases.map((a) => a.key)}::text[]))`;
  // An alias never shadows a known entry's own key: resolution looks entries up first.
  await tx.$executeRaw`
    INSERT INTO ${alias} (key, ${foreignKey}, spelling, source)
    SELECT a.key, e.id, a.spelling, 'CATALOGUE'
    FROM unnest(${aliases.map((a) => a.key)}::text[], ${aliases.map((a) => a.spelling)}::text[], ${aliases.map((a) => a.target)}::text[])
      AS a(key, spelling, target)
    JOIN ${entry} e ON e.key = a.target
    WHERE NOT EXISTS (SELECT 1 FROM ${entry} known WHERE known.key = a.key AND known.source <> 'SEEN')
    ON CONFLICT (key) DO UPDATE SET ${foreignKey} = EXCLUDED.${foreignKey}, spelling = EXCLUDED.spelling
    WHERE ${alias}.source = 'CATALOGUE'`;
}
