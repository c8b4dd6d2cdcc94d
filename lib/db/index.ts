import { env } from "../env";
import { openDatabase, type Db, type OpenDatabase } from "./open-database";

export type { Db, DbClient, DbTransaction } from "./open-database";
export { Prisma } from "../generated/prisma/client";

type Holder = { database?: Promise<OpenDatabase> };

// One database per process, on globalThis: Next.js loads this module once per module graph (route
// handlers, pages, server actions), and each copy would open a pool of its own, multiplying the
// connections every process holds on PostgreSQL (a PGlite directory admits only one instance at
// all); hot reloads reuse it too. Errors are told apart by code, never by class (is-unique-violation.ts).
const shared = globalThis as unknown as { __database?: Holder };
shared.__database ??= {};
const holder: Holder = shared.__database;

/** The process's database, opened (and for PGlite, migrated) on first use. */
export function getDb(): Promise<Db> {
  if (!holder.database) {
    const opening = openDatabase(env.DATABASE_URL);
    holder.database = opening;
    // A failed open is not cached: the next call, after the cause is fixed, tries again.
    opening.catch(() => {
      if (holder.database === opening) delete holder.database;
    });
  }
  return holder.database.then((database) => database.db);
}

/** Closes the process's database (scripts call this before exiting). */
export async function closeDb(): Promise<void> {
  const opening = holder.database;
  delete holder.database;
  if (opening) await (await opening.catch(() => null))?.close();
}
