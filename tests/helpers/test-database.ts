import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { inject } from "vitest";
import { openDatabase, type OpenDatabase } from "../../lib/db/open-database";
import { databaseUrl, withClient } from "../setup/database-template";

export type TestDatabase = OpenDatabase & { url: string; kind: "pglite" | "postgres" };

/**
 * A fresh, migrated database of its own: PGlite in memory by default, a new database on the
 * PostgreSQL server of TEST_DATABASE_URL when that is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("databaseTemplate");
  if (template.kind === "pglite") {
    const database = await openDatabase("pglite:memory://", { pgliteTemplate: new Blob([fs.readFileSync(template.dumpPath)]) });
    return { ...database, url: "pglite:memory://", kind: "pglite" };
  }
  const name = `tm_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await withClient(template.serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`));
  const url = databaseUrl(template.serverUrl, name);
  const database = await openDatabase(url);
  return {
    ...database,
    url,
    kind: "postgres",
    close: async () => {
      await database.close();
      await withClient(template.serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
