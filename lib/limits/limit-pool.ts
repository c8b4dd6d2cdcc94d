import pg from "pg";
import { parseDatabaseUrl } from "../db/database-url";
import { env } from "../env";

const shared = globalThis as unknown as { __limitPool?: pg.Pool };

/**
 * The limits' own small pool on the app's PostgreSQL: rate-limiter-flexible's store speaks to
 * `pg` directly (one upsert per check), and Prisma's pool is not exposed. One per process.
 */
export function limitPool(): pg.Pool {
  if (!shared.__limitPool) {
    const target = parseDatabaseUrl(env.DATABASE_URL);
    if (target.kind !== "postgres") throw new Error("The limits keep no pool on the embedded database");
    // allowExitOnIdle: a script (the CLI's Gemini budget) ends when its work does, not when idle connections time out.
    const pool = new pg.Pool({ connectionString: target.url, max: 3, connectionTimeoutMillis: 5_000, allowExitOnIdle: true });
    // As in openDatabase: a connection the server ends must not crash the process.
    pool.on("error", (error) => console.error(`[limits] connection lost: ${error.message}`));
    shared.__limitPool = pool;
  }
  return shared.__limitPool;
}

/** Whether limits are shared by every process (PostgreSQL) rather than kept in this one's memory. */
export const limitsShared = (): boolean => parseDatabaseUrl(env.DATABASE_URL).kind === "postgres";
