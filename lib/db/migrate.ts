import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The little a migration needs from a driver: PGlite and node-postgres both provide it. */
export interface SqlRunner {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

// Statically scoped so the Next.js build traces only this folder into the server output.
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Prisma's own advisory lock key, so this runner and `prisma migrate deploy` never interleave.
const PRISMA_ADVISORY_LOCK = 72707369;

// The table exactly as Prisma's schema engine creates it, so either tool can take over.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The committed migrations, in the order Prisma applies them (directory name order). */
// The build is told to ship prisma/migrations (next.config.ts), so the tracer may skip these reads.
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(/* turbopackIgnore: true */ dir)) throw new MigrationError(`No migrations directory at ${dir}`);
  return fs
    .readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
    .map((entry) => path.join(/* turbopackIgnore: true */ dir, entry.name, "migration.sql"))
    .filter((file) => fs.existsSync(/* turbopackIgnore: true */ file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(/* turbopackIgnore: true */ file, "utf8");
      return { name: path.basename(path.dirname(file)), sql, checksum: sha256(sql) };
    });
}

// Prisma accepts a script whose line endings changed (a checkout with CRLF), and so do we.
const matchesChecksum = (migration: Migration, checksum: string) =>
  migration.checksum === checksum || sha256(migration.sql.replace(/\r\n/g, "\n")) === checksum;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies the pending migrations in order, each in its own transaction, and records them in
 * `_prisma_migrations` as `prisma migrate deploy` does. Refuses a database whose applied
 * migrations were edited, failed halfway, or are unknown to this checkout.
 */
export async function applyMigrations(runner: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  await runner.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await runner.exec(CREATE_TABLE);
    const { rows } = await runner.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed halfway on this database. Fix it by hand and mark it resolved ` +
            "(prisma migrate resolve), or start from an empty database.",
        );
      }
      applied.set(row.migration_name, row);
    }
    const known = new Set(migrations.map((migration) => migration.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `The database has migrations this checkout does not know: ${unknown.join(", ")}. ` +
          "It was migrated by a newer version of the project.",
      );
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (!matchesChecksum(migration, row.checksum)) {
          throw new MigrationError(
            `Migration ${migration.name} was modified after it was applied to this database (checksum mismatch). ` +
              "Restore prisma/migrations/" +
              migration.name +
              "/migration.sql, and put schema changes in a new migration.",
          );
        }
        continue;
      }
      await runInTransaction(runner, migration);
      done.push(migration.name);
    }
    return done;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}

async function runInTransaction(runner: SqlRunner, migration: Migration): Promise<void> {
  await runner.exec("BEGIN");
  try {
    const startedAt = new Date();
    await runner.exec(migration.sql);
    await runner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await runner.exec("COMMIT");
  } catch (error) {
    await runner.exec("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

/** Names of committed migrations not yet applied (for a clear start-up error on PostgreSQL). */
export async function pendingMigrations(runner: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  const { rows } = await runner.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return migrations.map((migration) => migration.name);
  const applied = await runner.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const names = new Set(applied.rows.map((row) => row.migration_name));
  return migrations.filter((migration) => !names.has(migration.name)).map((migration) => migration.name);
}
