import type { DbTransaction } from "../../db";
import type { ChangeOutcome } from "../change-taxonomy";
import { requireEntry } from "../find-entry";
import { refreshClosure } from "../refresh-closure";
import { implicationKey } from "../sync-shipped-implications";

/** Takes out "specific implies general"; a shipped one stays out of later syncs of the shipped catalogue. */
export async function removeImplication(tx: DbTransaction, specificName: string, generalName: string): Promise<ChangeOutcome> {
  const specific = await requireEntry(tx, "skill", specificName);
  const general = await requireEntry(tx, "skill", generalName);
  const where = { skillId_impliesId: { skillId: specific.id, impliesId: general.id } };
  const existing = await tx.skillImplication.findUnique({ where });
  if (!existing) return { changed: false, message: `${specific.name} does not imply ${general.name} directly`, skillIds: [] };
  await tx.skillImplication.delete({ where });
  if (existing.source === "CATALOGUE") {
    const key = implicationKey(specific.key, general.key);
    await tx.taxonomyRemoval.upsert({
      where: { kind_key: { kind: "implication", key } },
      create: { kind: "implication", key },
      update: {},
    });
  }
  const generals = await refreshClosure(tx);
  return { changed: true, message: `${specific.name} no longer implies ${general.name}`, skillIds: generals };
}
