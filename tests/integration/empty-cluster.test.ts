import { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emptyClusterFile, installedPgliteVersion, writeEmptyCluster } from "../../lib/db/empty-cluster";
import { readMigrations } from "../../lib/db/migrate";
import { embeddedAdapter, openClient, openDatabase } from "../../lib/db/open-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-cluster-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function migrationsApplied(url: string): Promise<number> {
  const database = await openDatabase(url);
  try {
    return (await database.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "_prisma_migrations"`)[0]!.count;
  } finally {
    await database.close();
  }
}

describe("a new embedded database starts from the committed empty cluster", () => {
  it("is committed for the installed PGlite (after an upgrade: npm run db:pglite-cluster)", () => {
    expect(fs.existsSync(emptyClusterFile()), `no ${emptyClusterFile()} for PGlite ${installedPgliteVersion()}`).toBe(true);
  });

  it("unpacks it into a new directory, which then opens and migrates", async () => {
    const dataDir = path.join(dir, "new");
    expect(writeEmptyCluster(dataDir)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim()).toBe("17");
    expect(await migrationsApplied(`pglite:${dataDir}`)).toBe(readMigrations().length);
    // Opened again, the database is kept: never replaced by an empty cluster.
    expect(writeEmptyCluster(dataDir)).toBe(false);
    expect(await migrationsApplied(`pglite:${dataDir}`)).toBe(readMigrations().length);
  });

  it("opens a new directory through openDatabase, and an in-memory database too", async () => {
    expect(await migrationsApplied(`pglite:${path.join(dir, "opened")}`)).toBe(readMigrations().length);
    expect(fs.existsSync(path.join(dir, "opened", "PG_VERSION"))).toBe(true);
    expect(await migrationsApplied("pglite:memory://")).toBe(readMigrations().length);
  });

  it("leaves a directory to PGlite's own initdb when the cluster is another version's", async () => {
    const otherVersion = path.join(dir, "other-version");
    fs.mkdirSync(otherVersion);
    fs.copyFileSync(emptyClusterFile(), emptyClusterFile("0.0.1", otherVersion));
    const dataDir = path.join(dir, "initdb");
    expect(writeEmptyCluster(dataDir, otherVersion)).toBe(false);
    expect(fs.existsSync(dataDir)).toBe(false);
    // What openDatabase then does: PGlite finds no database and creates one itself.
    const database = openClient(await embeddedAdapter(new PGlite({ dataDir })));
    try {
      expect(await database.db.job.count()).toBe(0);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("never writes into a directory that holds files", () => {
    const dataDir = path.join(dir, "not-empty");
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, "notes.txt"), "mine");
    expect(writeEmptyCluster(dataDir)).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual(["notes.txt"]);
  });
});
