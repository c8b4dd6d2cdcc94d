import type { Db } from "../db";
import { displayName, normalizeKey } from "./normalize-name";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Db | Tx;

/**
 * Ids of the given skill (or domain) names by normalised key, creating the missing ones.
 * Set-based: one insert and one select, whatever the number of names.
 */
export async function ensureCatalog(db: Client, table: "Skill" | "Domain", names: Iterable<string>): Promise<Map<string, number>> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = normalizeKey(name);
    if (key && !byKey.has(key)) byKey.set(key, displayName(name));
  }
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  const labels = [...byKey.values()];
  const rows =
    table === "Skill"
      ? await db.$queryRaw<{ id: number; key: string }[]>`
          WITH input AS (SELECT * FROM unnest(${keys}::text[], ${labels}::text[]) AS t(key, name)),
          inserted AS (INSERT INTO "Skill" (key, name) SELECT key, name FROM input ON CONFLICT (key) DO NOTHING RETURNING id, key)
          SELECT id, key FROM inserted UNION ALL SELECT s.id, s.key FROM "Skill" s JOIN input USING (key)`
      : await db.$queryRaw<{ id: number; key: string }[]>`
          WITH input AS (SELECT * FROM unnest(${keys}::text[], ${labels}::text[]) AS t(key, name)),
          inserted AS (INSERT INTO "Domain" (key, name) SELECT key, name FROM input ON CONFLICT (key) DO NOTHING RETURNING id, key)
          SELECT id, key FROM inserted UNION ALL SELECT d.id, d.key FROM "Domain" d JOIN input USING (key)`;
  return new Map(rows.map((row) => [row.key, row.id]));
}

export type CatalogTx = Tx;
