import type { DbClient } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";
import type { Entry } from "./merge-entry";
import { skillKey } from "./skill-key";
import { TaxonomyError } from "./taxonomy-error";

export type FoundEntry = Entry & { source: "CATALOGUE" | "OPERATOR" | "SEEN"; byAlias: boolean };

/** The entry a spelling names (its own key, or an alias's), or undefined. Reads only. */
export async function findEntry(db: DbClient, kind: CatalogKind, spelling: string): Promise<FoundEntry | undefined> {
  const { entry, alias, foreignKey } = tablesOf(kind);
  const key = skillKey(spelling);
  const [found] = await db.$queryRaw<FoundEntry[]>`
    SELECT e.id, e.key, e.name, e.source::text AS source, false AS "byAlias" FROM ${entry} e WHERE e.key = ${key}
    UNION ALL
    SELECT e.id, e.key, e.name, e.source::text, true FROM ${alias} a JOIN ${entry} e ON e.id = a.${foreignKey} WHERE a.key = ${key}
    ORDER BY "byAlias" LIMIT 1`;
  return found;
}

/** findEntry, or TaxonomyError UNKNOWN_SKILL naming the spelling. */
export async function requireEntry(db: DbClient, kind: CatalogKind, spelling: string): Promise<FoundEntry> {
  const found = await findEntry(db, kind, spelling);
  if (!found) throw new TaxonomyError("UNKNOWN_SKILL", `no ${kind} is named or aliased "${spelling}"`);
  return found;
}
