import { Prisma, type DbClient } from "../db";
import { displayName, normalizeKey } from "./normalize-name";

/**
 * Ids of the given skill (or domain) names by normalised key, creating the missing ones.
 * Set-based: one statement, whatever the number of names.
 */
export async function ensureCatalog(db: DbClient, table: "Skill" | "Domain", names: Iterable<string>): Promise<Map<string, number>> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = normalizeKey(name);
    if (key && !byKey.has(key)) byKey.set(key, displayName(name));
  }
  if (byKey.size === 0) return new Map();
  // `table` is one of two literals, never input: safe to splice in as an identifier.
  const target = Prisma.raw(`"${table}"`);
  const rows = await db.$queryRaw<{ id: number; key: string }[]>`
    WITH input AS (SELECT * FROM unnest(${[...byKey.keys()]}::text[], ${[...byKey.values()]}::text[]) AS t(key, name)),
    inserted AS (INSERT INTO ${target} (key, name) SELECT key, name FROM input ON CONFLICT (key) DO NOTHING RETURNING id, key)
    SELECT id, key FROM inserted UNION ALL SELECT existing.id, existing.key FROM ${target} existing JOIN input USING (key)`;
  return new Map(rows.map((row) => [row.key, row.id]));
}
