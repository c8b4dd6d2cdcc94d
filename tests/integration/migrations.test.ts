import { PGlite } from "@electric-sql/pglite";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, MIGRATIONS_DIR, pendingMigrations, readMigrations } from "../../lib/db/migrate";

// An empty embedded database: what a fresh machine starts from.
let pglite: PGlite;
beforeAll(async () => {
  pglite = new PGlite("memory://");
  await pglite.waitReady;
});
afterAll(() => pglite.close());

describe("the embedded database's own migrator", () => {
  it("applies the committed migrations in order and records them as prisma migrate deploy does", async () => {
    const names = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
      .sort();
    expect(await pendingMigrations(pglite)).toEqual(names);
    expect(await applyMigrations(pglite)).toEqual(names);

    const { rows } = await pglite.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(`SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }
    expect(await pendingMigrations(pglite)).toEqual([]);
    expect(await applyMigrations(pglite)).toEqual([]);
  });

  it("refuses a migration file changed after it was applied, naming it", async () => {
    const edited = readMigrations().map((migration, index) =>
      index === 0 ? { ...migration, checksum: "0".repeat(64), sql: `${migration.sql}\n-- edited` } : migration,
    );
    const error = await applyMigrations(pglite, edited).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(new RegExp(`Migration ${edited[0]!.name} was modified after it was applied`));
  });

  it("accepts the same file checked out with CRLF line endings, as Prisma does", async () => {
    const crlf = readMigrations().map((migration) => ({ ...migration, sql: migration.sql.replace(/\n/g, "\r\n"), checksum: "crlf" }));
    await expect(applyMigrations(pglite, crlf)).resolves.toEqual([]);
  });

  it("refuses a database migrated by a newer checkout", async () => {
    await expect(applyMigrations(pglite, readMigrations().slice(1))).rejects.toThrow(/does not know: /);
  });

  it("applies a new migration on top, and rolls back one that fails", async () => {
    const next = { name: "99990101000000_add_note", sql: `ALTER TABLE "Job" ADD COLUMN "note" TEXT;`, checksum: "x".repeat(64) };
    await expect(applyMigrations(pglite, [...readMigrations(), next])).resolves.toEqual([next.name]);
    const broken = {
      name: "99990102000000_broken",
      sql: `ALTER TABLE "Job" ADD COLUMN "other" TEXT; SELECT nope FROM nowhere;`,
      checksum: "y".repeat(64),
    };
    await expect(applyMigrations(pglite, [...readMigrations(), next, broken])).rejects.toThrow(
      /99990102000000_broken failed and was rolled back/,
    );
    const { rows } = await pglite.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Job' AND column_name = 'other'`);
    expect(rows).toEqual([]);
  });
});
