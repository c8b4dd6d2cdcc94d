import type { DbClient } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";
import { mergeEntry, type Entry } from "./merge-entry";
import { skillKey } from "./skill-key";

/**
 * Re-resolves the entries seen in the data (SEEN) after the catalogue or the key rule changed:
 * one whose name now resolves to a known entry or alias is merged into it, entries whose names now
 * share a key become one (the oldest stays), and the others take their name's current key.
 * Returns the ids of the entries that received others.
 */
export async function rekeySeen(tx: DbClient, kind: CatalogKind): Promise<number[]> {
  const { entry, alias, foreignKey } = tablesOf(kind);
  const rows = await tx.$queryRaw<(Entry & { seen: boolean })[]>`SELECT id, key, name, source = 'SEEN' AS seen FROM ${entry} ORDER BY id`;
  const known = new Map<string, Entry>(rows.filter((row) => !row.seen).map((row) => [row.key, row]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of await tx.$queryRaw<{ key: string; id: number }[]>`SELECT key, ${foreignKey} AS id FROM ${alias}`) {
    const target = byId.get(row.id);
    if (target && !known.has(row.key)) known.set(row.key, target);
  }
  const merges: { from: Entry; into: Entry }[] = [];
  const rekeys: { row: Entry; key: string }[] = [];
  const survivors = new Map<string, Entry>();
  for (const row of rows.filter((candidate) => candidate.seen)) {
    const key = skillKey(row.name) || row.key;
    const into = known.get(key) ?? survivors.get(key);
    if (into && into.id !== row.id) merges.push({ from: row, into });
    else {
      survivors.set(key, row);
      if (key !== row.key) rekeys.push({ row, key });
    }
  }
  // Merges first: a survivor's new key may still be held by an entry merged away.
  for (const { from, into } of merges) await mergeEntry(tx, kind, from, into, "CATALOGUE");
  for (const { row, key } of rekeys) await tx.$executeRaw`UPDATE ${entry} SET key = ${key} WHERE id = ${row.id}`;
  return [...new Set(merges.map(({ into }) => into.id))];
}
