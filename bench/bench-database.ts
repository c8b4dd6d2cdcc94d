import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { openAdapter, openClient, type Db } from "../lib/db/open-database";
import { pgRunner } from "../lib/db/pg-runner";
import { createQueryCounter, type QueryCounter } from "./count-queries";
import { generatePopulation, POPULATION_VERSION, type PopulationSize } from "./generate-population";

export type BenchDatabase = {
  db: Db;
  counter: QueryCounter;
  /** "postgresql" or "pglite". */
  kind: "postgresql" | "pglite";
  /** Where the population lives: a database name on the server, or a PGlite directory. */
  location: string;
  generated: boolean;
  close: () => Promise<void>;
};

// The bench only ever writes to databases it created: it marks them with this comment. Only a
// population complete and made by this generator's version is reused.
const MARK = "talent-matching bench population";
const COMPLETE = `${MARK}: complete, version ${POPULATION_VERSION}`;

/**
 * The benchmark's own database, never the one DATABASE_URL names: on PostgreSQL a database
 * `tm_bench_<candidates>_<jobs>_<seed>` created on the same server (kept and reused by later
 * runs of the same size and seed, since generating 100,000 candidates takes a while), on PGlite a
 * fresh temporary directory removed afterwards. A database of that name the bench did not make
 * is refused.
 */
export async function openBenchDatabase(
  databaseUrl: string,
  size: PopulationSize,
  options: { fresh: boolean; onProgress?: (line: string) => void },
): Promise<BenchDatabase> {
  const counter = createQueryCounter();
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tm-bench-${size.candidates}-${size.jobs}-`));
    const { db, close } = await openCounted(`pglite:${dir}`, counter);
    await generatePopulation(db, size, (done) => options.onProgress?.(`generated ${done} candidates`));
    return {
      db,
      counter,
      kind: "pglite",
      location: dir,
      generated: true,
      close: async () => {
        await close();
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(`${dir}.lock`, { force: true });
      },
    };
  }

  const name = `tm_bench_${size.candidates}_${size.jobs}_${size.seed}`;
  const server = new pg.Client({ connectionString: target.url });
  await server.connect();
  let generate = true;
  try {
    const existing = await server.query<{ mark: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`,
      [name],
    );
    const mark = existing.rows[0]?.mark;
    if (existing.rows.length > 0 && !mark?.startsWith(MARK)) {
      throw new Error(`database ${name} exists and was not made by the benchmark: drop it or pick another --seed`);
    }
    if (mark === COMPLETE && !options.fresh) generate = false;
    else {
      await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.query(`CREATE DATABASE "${name}"`);
      await server.query(`COMMENT ON DATABASE "${name}" IS '${MARK}: generating'`);
    }
  } finally {
    await server.end();
  }

  const url = new URL(target.url);
  url.pathname = `/${name}`;
  // A kept population also gets the migrations committed since it was made.
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await applyMigrations(pgRunner(client));
  } finally {
    await client.end();
  }
  const { db, close } = await openCounted(url.toString(), counter);
  if (generate) {
    await generatePopulation(db, size, (done) => options.onProgress?.(`generated ${done} candidates`));
    await db.$executeRawUnsafe(`COMMENT ON DATABASE "${name}" IS '${COMPLETE}'`);
  }
  return { db, counter, kind: "postgresql", location: name, generated: generate, close };
}

/** The product's database at `url`, every round trip counted at its driver adapter. */
async function openCounted(url: string, counter: QueryCounter) {
  const opened = await openAdapter(url);
  return openClient({ ...opened, adapter: counter.wrap(opened.adapter) });
}
