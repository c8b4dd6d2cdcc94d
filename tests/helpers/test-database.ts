import { PGlite } from "@electric-sql/pglite";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { embeddedAdapter, openClient, openDatabase, type Db, type OpenDatabase } from "../../lib/db/open-database";
import { databaseUrl, withClient } from "../setup/database-template";

export type TestDatabase = OpenDatabase & { url: string; kind: "pglite" | "postgres" };

/**
 * A fresh, migrated database of its own: PGlite in memory by default, a new database on the
 * PostgreSQL server of TEST_DATABASE_URL when that is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("databaseTemplate");
  if (template.kind === "pglite") {
    // A copy of the migrated template, in memory: no migration is left to apply.
    const pglite = new PGlite({ dataDir: "memory://", loadDataDir: new Blob([fs.readFileSync(template.dumpPath)]) });
    const database = openClient(await embeddedAdapter(pglite));
    return { ...database, url: "pglite:memory://", kind: "pglite" };
  }
  const server = await createServerDatabase(template.serverUrl, template.template);
  const database = await openDatabase(server.url);
  return {
    ...database,
    url: server.url,
    kind: "postgres",
    close: async () => {
      await database.close();
      await server.drop();
    },
  };
}

/**
 * A fresh database for another process (the CLI, the app) to open: a new embedded directory
 * under `dir`, or a new migrated database on the PostgreSQL server of TEST_DATABASE_URL.
 */
export async function createDatabaseUrl(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = inject("databaseTemplate");
  if (template.kind === "pglite") return { url: `pglite:${path.join(dir, "pglite")}`, drop: async () => {} };
  return createServerDatabase(template.serverUrl, template.template);
}

/** A new database on the server, copied from `templateName`, and how to drop it. */
export async function createServerDatabase(serverUrl: string, templateName: string) {
  const name = `tm_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`));
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * Opens the database at `url` for one step and closes it: an embedded database serves one process
 * at a time, and the app or the child process under test needs it the rest of the time.
 */
export async function withDatabase<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(url);
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}
