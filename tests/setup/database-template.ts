import { PGlite } from "@electric-sql/pglite";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { pgRunner } from "../../lib/db/pg-runner";
import { type Made, oncePerRun } from "./once-per-run";

/**
 * The migrated template every test file's database is copied from, and `directory`, this run's
 * own directory for what test files share (tests/helpers/demo-database.ts keeps the demo there).
 */
export type DatabaseTemplate = { directory: string } & (
  | { kind: "pglite"; dumpPath: string }
  | { kind: "postgres"; serverUrl: string; template: string }
);

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

// Migrating once and copying the result per test file keeps every file's database fresh and
// isolated without paying for initdb and migrations each time. One template serves every project.
export default async function setup(project: TestProject) {
  const { value, teardown } = await oncePerRun("database-template", makeTemplate);
  project.provide("databaseTemplate", value);
  return teardown;
}

async function makeTemplate(): Promise<Made<DatabaseTemplate>> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "tm-template-"));
  const removeDirectory = () => fs.rmSync(directory, { recursive: true, force: true });
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const template = `tm_template_${randomUUID().slice(0, 8)}`;
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
    await withClient(databaseUrl(serverUrl, template), (client) => applyMigrations(pgRunner(client)));
    return {
      value: { directory, kind: "postgres", serverUrl, template },
      teardown: async () => {
        await withClient(serverUrl, async (client) => {
          for (const name of [demoTemplateName(template), template]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        });
        removeDirectory();
      },
    };
  }
  const pglite = new PGlite("memory://");
  await applyMigrations(pglite);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dumpPath = path.join(directory, "template.tar");
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  return { value: { directory, kind: "pglite", dumpPath }, teardown: removeDirectory };
}

/** The PostgreSQL database holding the demo data that files needing it are copied from (made on first use). */
export function demoTemplateName(template: string): string {
  return `${template}_demo`;
}

/**
 * The PostgreSQL server the tests run on, from TEST_DATABASE_URL; none (PGlite) when unset. Only
 * tests read it: the processes they start get the database made for them as DATABASE_URL.
 */
function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`TEST_DATABASE_URL must be a postgresql:// URL of a server the tests may create databases on, got "${url}"`);
  }
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
