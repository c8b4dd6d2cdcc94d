import type { DbClient } from "../db";

/** Serialises changes to the catalogue (syncs, operator commands) until the transaction ends. */
export async function lockTaxonomy(tx: DbClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('skill-taxonomy'))`;
}
