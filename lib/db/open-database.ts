import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { PrismaClient } from "../generated/prisma/client";
import { parseDatabaseUrl, redactUrl } from "./database-url";
import { emptyClusterBlob, writeEmptyCluster } from "./empty-cluster";
import { applyMigrations, MigrationError, pendingMigrations } from "./migrate";
import { pgRunner } from "./pg-runner";
import { acquirePgliteLock } from "./pglite-lock";

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either: for code that runs inside or outside a transaction. */
export type DbClient = Db | DbTransaction;

const PGLITE_SHARED_BUFFERS = "16MB";

export type OpenDatabase = { db: Db; close: () => Promise<void> };

/** A migrated database's driver adapter, before a client is made over it; `close` releases what the client does not. */
export type OpenAdapter = { adapter: SqlDriverAdapterFactory; close: () => Promise<void> };

/**
 * Opens the database behind `url` with the right driver adapter. The embedded database is
 * locked to this process and migrated on first use; a PostgreSQL server must already be
 * migrated (`prisma migrate deploy` or `npm run db:migrate`), and we say so if it is not.
 */
export async function openDatabase(url: string): Promise<OpenDatabase> {
  return openClient(await openAdapter(url));
}

/** openDatabase in two steps, for a caller that wraps the adapter (the benchmark counts round trips there). */
export async function openAdapter(url: string): Promise<OpenAdapter> {
  const target = parseDatabaseUrl(url);
  // Each kind's driver is loaded when that kind is opened: a process never carries the other's
  // (PGlite alone weighs some 50 MB in a command run by tsx, which rewrites its 500 KB of glue code).
  if (target.kind === "postgres") {
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
    await assertMigrated(pg, target.url);
    const pool = new pg.Pool({ connectionString: target.url });
    // A connection the server ends (restart, failover, pg_terminate_backend) can report it outside
    // any query, where unheard it would crash the process; the query using it fails on its own
    // and the pool replaces it, so noting it is enough.
    pool.on("connect", (client) => client.on("error", (error) => console.error(`[db] connection lost: ${error.message}`)));
    // The client's $disconnect ends the pool.
    return { adapter: new PrismaPg(pool, { disposeExternalPool: true }), close: async () => {} };
  }
  const release = target.dataDir ? acquirePgliteLock(target.dataDir) : () => {};
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    // A new database starts from a prepared empty cluster rather than PGlite's initdb (empty-cluster.ts).
    if (target.dataDir) writeEmptyCluster(target.dataDir);
    const pglite = new PGlite({
      dataDir: target.dataDir ?? "memory://",
      loadDataDir: target.dataDir ? undefined : emptyClusterBlob(),
      // PostgreSQL's default 128 MB of shared buffers are all touched at start-up inside the WASM
      // heap, a third of the process's memory; one process on a small database needs far fewer,
      // and reads past them still hit the operating system's file cache.
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    return await embeddedAdapter(pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** The driver adapter over an embedded database, migrated first; `release` runs once it is closed. */
export async function embeddedAdapter(pglite: PGlite, release: () => void = () => {}): Promise<OpenAdapter> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  await pglite.waitReady;
  await applyMigrations(pglite);
  return {
    adapter: new PrismaPGlite(pglite),
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

/** The Prisma client over an opened adapter: the one place a client is made. */
export function openClient({ adapter, close }: OpenAdapter): OpenDatabase {
  const db = new PrismaClient({ adapter });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await close();
    },
  };
}

async function assertMigrated(pg: typeof import("pg").default, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach the database at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  try {
    const pending = await pendingMigrations(pgRunner(client));
    if (pending.length > 0) {
      throw new MigrationError(
        `The database at ${redactUrl(url)} lacks migrations ${pending.join(", ")}. ` +
          "Run `npm run db:migrate` (or `prisma migrate deploy`).",
      );
    }
  } finally {
    await client.end();
  }
}
