import { env } from "../env";
import { openDatabase, type Db, type OpenDatabase } from "./open-database";

export type { Db, DbClient, DbTransaction } from "./open-database";
export { Prisma } from "../generated/prisma/client";

type Holder = { database?: Promise<OpenDatabase> };

// One database per process. Outside production it lives on globalThis so hot reloads reuse it;
// PGlite lives there in every mode, because a second instance on the same directory is locked out.
const shared = globalThis as unknown as { __database?: Holder };
const holder: Holder = env.NODE_ENV !== "production" || env.DATABASE_URL.startsWith("pglite:") ? sharedHolder() : {};

function sharedHolder(): Holder {
  shared.__database ??= {};
  return shared.__database;
}

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
