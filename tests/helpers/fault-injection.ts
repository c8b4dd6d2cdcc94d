import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { DbClient } from "../../lib/db";

/**
 * Stops a writer deterministically inside its transaction: a statement-level BEFORE INSERT
 * trigger on `table` that blocks the first INSERT (or upsert) the writer makes there, with
 * everything it wrote before still uncommitted.
 * - PostgreSQL: the trigger waits on an advisory lock the test holds on a connection of its own;
 *   `blocked()` finds the waiting backend in pg_stat_activity.
 * - PGlite (one process, no second connection to ask): the trigger writes a file into the data
 *   directory (which PGlite maps onto the host's) and then sleeps; `blocked()` sees the file.
 */
export type Hold = {
  /** The waiting backend's pid (PostgreSQL) or 0 (PGlite), once the writer is blocked. */
  blocked: () => Promise<number | null>;
  /** PostgreSQL: releases the lock, so a still-connected backend goes on (or finds its client gone). */
  release: () => Promise<void>;
  /** Drops the trigger (the test's own connection). */
  remove: (db: DbClient) => Promise<void>;
};

const LOCK_KEY = 4242;

export async function installHold(
  db: DbClient,
  table: string,
  target: { kind: "pglite" | "postgres"; url: string; dataDir?: string },
): Promise<Hold> {
  const name = `hold_${table.toLowerCase()}`;
  const flag = target.dataDir ? path.join(target.dataDir, `${name}.flag`) : "";
  const body =
    target.kind === "postgres"
      ? `PERFORM pg_advisory_lock_shared(${LOCK_KEY}); PERFORM pg_advisory_unlock_shared(${LOCK_KEY});`
      : `EXECUTE format('COPY (SELECT 1) TO %L', current_setting('data_directory') || '/${name}.flag'); PERFORM pg_sleep(600);`;
  await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN ${body} RETURN NULL; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
  const remove = async (client: DbClient) => {
    await client.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
    await client.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  };

  if (target.kind === "pglite") {
    fs.rmSync(flag, { force: true });
    return {
      blocked: async () => (fs.existsSync(flag) ? 0 : null),
      release: async () => fs.rmSync(flag, { force: true }),
      remove,
    };
  }
  const locker = new pg.Client({ connectionString: target.url });
  await locker.connect();
  await locker.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  let released = false;
  return {
    async blocked() {
      const { rows } = await locker.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'
           AND query ILIKE '%INSERT INTO%' AND query LIKE $1`,
        [`%"${table}"%`],
      );
      return rows[0]?.pid ?? null;
    },
    // Idempotent, so a test can also call it in `finally` and never leave a writer blocked.
    async release() {
      if (released) return;
      released = true;
      await locker.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
      await locker.end();
    },
    remove,
  };
}

/** Polls `check` until it returns something other than null/false; fails naming `what`. */
export async function until<T>(what: string, check: () => Promise<T | null | false> | T | null | false, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A project script in a child process of its own (tsx), to be killed; `exited` resolves with its code or signal. */
export function spawnScript(script: string, args: string[], env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, GEMINI_API_KEY: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, output })),
  );
  return { child, exited, output: () => output };
}

/** PostgreSQL: waits until the backend `pid` is gone (it notices its client died when it next talks to it). */
export async function backendGone(url: string, pid: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await until(
      `backend ${pid} to end`,
      async () => (await client.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rowCount === 0,
    );
  } finally {
    await client.end();
  }
}
