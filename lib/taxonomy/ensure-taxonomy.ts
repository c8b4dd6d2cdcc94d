import type { Db } from "../db";
import { lockTaxonomy } from "./lock-taxonomy";
import { refreshClosure } from "./refresh-closure";
import { rekeySeen } from "./rekey-seen";
import { shippedTaxonomy } from "./shipped-taxonomy";
import { syncShippedEntries } from "./sync-shipped-entries";
import { syncShippedImplications } from "./sync-shipped-implications";

/**
 * Brings the database's catalogue up to the shipped one (data/taxonomy) when it was synced with
 * another version or never: entries, aliases, implications and their closure, then re-resolves
 * what the data already holds (a candidate's "ReactJS" becomes React). One query when already
 * current, so every writer of names calls it first. Jobs are not recalculated here: the next run
 * (nightly, or `npm run matchings`) ranks with the new catalogue.
 */
export async function ensureTaxonomy(db: Db): Promise<boolean> {
  const version = shippedTaxonomy.version;
  const state = await db.taxonomyState.findUnique({ where: { id: 1 }, select: { shippedVersion: true } });
  if (state?.shippedVersion === version) return false;
  return db.$transaction(
    async (tx) => {
      await lockTaxonomy(tx);
      const current = await tx.taxonomyState.findUnique({ where: { id: 1 }, select: { shippedVersion: true } });
      if (current?.shippedVersion === version) return false;
      await syncShippedEntries(tx, "skill", shippedTaxonomy.skills);
      await syncShippedEntries(tx, "domain", shippedTaxonomy.domains);
      await rekeySeen(tx, "skill");
      await rekeySeen(tx, "domain");
      await syncShippedImplications(tx, shippedTaxonomy.implications);
      await refreshClosure(tx);
      await tx.taxonomyState.upsert({
        where: { id: 1 },
        create: { id: 1, shippedVersion: version, version: 1 },
        update: { shippedVersion: version, version: { increment: 1 } },
      });
      return true;
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}
