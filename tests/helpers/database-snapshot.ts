import type { DbClient } from "../../lib/db";

/** A digest of every table's rows: two equal snapshots mean no row was added, removed or changed. */
export type DatabaseSnapshot = Record<string, { rows: number; digest: string }>;

/**
 * Columns a read legitimately touches (an API key's last use, a session's refresh), left out so a
 * snapshot compares what a rejected request must never change. `_prisma_migrations` is the
 * migrator's own; `RateLimit` holds the limits' counters, which every request moves by design,
 * refused ones first.
 */
const VOLATILE: Record<string, string[]> = { ApiKey: ["lastUsedAt"], Session: ["updatedAt", "expiresAt"] };
const IGNORED_TABLES = new Set(["_prisma_migrations", "RateLimit"]);

export async function snapshotDatabase(db: DbClient, volatile: Record<string, string[]> = VOLATILE): Promise<DatabaseSnapshot> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const snapshot: DatabaseSnapshot = {};
  for (const { table_name: table } of tables) {
    if (IGNORED_TABLES.has(table)) continue;
    const columns = await db.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      table,
    );
    const kept = columns.map((c) => c.column_name).filter((c) => !(volatile[table] ?? []).includes(c));
    const row = `ROW(${kept.map((c) => `t."${c}"`).join(", ")})::text`;
    const [result] = await db.$queryRawUnsafe<{ rows: bigint; digest: string | null }[]>(
      `SELECT count(*) AS rows, md5(string_agg(${row}, '|' ORDER BY ${row})) AS digest FROM "${table}" t`,
    );
    snapshot[table] = { rows: Number(result?.rows ?? 0), digest: result?.digest ?? "" };
  }
  return snapshot;
}
