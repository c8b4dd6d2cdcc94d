import { Prisma } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";

/**
 * The CTEs `lookup`, `found` and `known` (spelling, id, key): for each spelling, the entry that
 * the first of its lookup keys known to the database names, directly or through an alias. The
 * one statement of the resolution rule, shared by resolveNames (which then adds what is unknown)
 * and the read-only lookups, so both resolve a spelling alike.
 */
export function knownEntriesSql(
  kind: CatalogKind,
  spellings: readonly (readonly [spelling: string, keys: readonly string[]])[],
): Prisma.Sql {
  const { entry, alias, foreignKey } = tablesOf(kind);
  const lookups = spellings.flatMap(([spelling, keys]) => keys.map((key, order) => ({ spelling, key, order })));
  return Prisma.sql`
    lookup AS (
      SELECT *
      FROM unnest(${lookups.map((l) => l.spelling)}::text[], ${lookups.map((l) => l.key)}::text[], ${lookups.map((l) => l.order)}::int[])
        AS t(spelling, key, ord)
    ),
    found AS (
      SELECT l.spelling, l.ord, e.id, e.key FROM lookup l JOIN ${entry} e ON e.key = l.key
      UNION ALL
      SELECT l.spelling, l.ord, e.id, e.key FROM lookup l JOIN ${alias} a ON a.key = l.key JOIN ${entry} e ON e.id = a.${foreignKey}
    ),
    known AS (SELECT DISTINCT ON (spelling) spelling, id, key FROM found ORDER BY spelling, ord)`;
}
