import type { DbClient } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";
import { displayName } from "./display-name";
import { knownEntriesSql } from "./known-entries-sql";
import { lookupKeys } from "./lookup-keys";

/** A spelling's canonical entry: its id and key (the key of what was written may be an alias's). */
export type Resolved = { id: number; key: string };

/**
 * The canonical entry of every spelling, by the spelling's key (skillKey): the entry or alias
 * that the first of its lookup keys known to the database names, as the shipped resolver does
 * ("Python 3.x" is Python unless "Python 3" is a skill of its own). A spelling that matches
 * nothing known becomes a SEEN entry under its own key, named as first written, for
 * `npm run skills -- unresolved`; but a spelling in mixed case ("FooLang") names it rather than
 * one in a single case ("FOOLANG", "foolang"), in the same list or a later one, since the catalogue's
 * own names are shown wherever a skill is. Set-based: one statement whatever the number of names (two when
 * a concurrent writer added one of them).
 */
export async function resolveNames(db: DbClient, kind: CatalogKind, spellings: Iterable<string>): Promise<Map<string, Resolved>> {
  const names = new Map<string, { name: string; keys: string[] }>();
  for (const spelling of spellings) {
    const keys = lookupKeys(spelling);
    const key = keys[0];
    const name = displayName(spelling);
    const known = key ? names.get(key) : undefined;
    if (key && (!known || (isMixedCase(name) && !isMixedCase(known.name)))) names.set(key, { name, keys: known?.keys ?? keys });
  }
  const resolved = new Map<string, Resolved>();
  // A name inserted by a concurrent transaction after this statement's snapshot is neither found
  // nor inserted here; the next attempt, with a new snapshot, finds it.
  for (let attempt = 0; attempt < 3 && resolved.size < names.size; attempt++) {
    const missing = [...names].filter(([key]) => !resolved.has(key));
    for (const row of await resolveOnce(db, kind, missing)) resolved.set(row.spelling, { id: row.id, key: row.key });
  }
  if (resolved.size < names.size)
    throw new Error(`could not resolve ${kind} names: ${[...names.keys()].filter((key) => !resolved.has(key)).join(", ")}`);
  return resolved;
}

function resolveOnce(db: DbClient, kind: CatalogKind, names: [string, { name: string; keys: string[] }][]) {
  const { entry } = tablesOf(kind);
  return db.$queryRaw<{ spelling: string; id: number; key: string }[]>`
    WITH input AS (
      SELECT * FROM unnest(${names.map(([key]) => key)}::text[], ${names.map(([, { name }]) => name)}::text[]) AS t(key, name)
    ),
    ${knownEntriesSql(
      kind,
      names.map(([spelling, { keys }]) => [spelling, keys]),
    )},
    inserted AS (
      INSERT INTO ${entry} (key, name) SELECT key, name FROM input WHERE key NOT IN (SELECT spelling FROM known)
      ON CONFLICT (key) DO NOTHING RETURNING id, key
    ),
    -- A name seen first in one case ("FOOLANG") takes the first spelling in mixed case written since.
    renamed AS (
      UPDATE ${entry} e SET name = i.name FROM input i
      WHERE e.key = i.key AND e.source = 'SEEN' AND (e.name = upper(e.name) OR e.name = lower(e.name))
        AND i.name <> upper(i.name) AND i.name <> lower(i.name)
      RETURNING e.id
    )
    SELECT spelling, id, key FROM known UNION ALL SELECT key, id, key FROM inserted`;
}

/** "PostgreSQL", not "POSTGRESQL" nor "postgresql": the spelling most likely to be the name as its makers write it. */
function isMixedCase(name: string): boolean {
  return name !== name.toUpperCase() && name !== name.toLowerCase();
}
