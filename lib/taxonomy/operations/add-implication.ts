import type { DbTransaction } from "../../db";
import type { ChangeOutcome } from "../change-taxonomy";
import { checkAcyclic } from "../check-acyclic";
import { requireEntry } from "../find-entry";
import { refreshClosure } from "../refresh-closure";
import { implicationKey } from "../sync-shipped-implications";
import { TaxonomyError } from "../taxonomy-error";
import { refuseLookAlike } from "./refuse-look-alike";

/** Records that having `specific` stands for having `general`; refuses a cycle or look-alikes. */
export async function addImplication(tx: DbTransaction, specificName: string, generalName: string): Promise<ChangeOutcome> {
  const specific = await requireEntry(tx, "skill", specificName);
  const general = await requireEntry(tx, "skill", generalName);
  if (specific.id === general.id)
    throw new TaxonomyError("SAME_SKILL", `"${specificName}" and "${generalName}" are the same skill (${general.name})`);
  refuseLookAlike(specific.name, general.name);
  const existing = await tx.skillImplication.findUnique({ where: { skillId_impliesId: { skillId: specific.id, impliesId: general.id } } });
  if (existing) return { changed: false, message: `${specific.name} already implies ${general.name}`, skillIds: [] };
  await tx.taxonomyRemoval.deleteMany({ where: { kind: "implication", key: implicationKey(specific.key, general.key) } });
  await tx.skillImplication.create({ data: { skillId: specific.id, impliesId: general.id, source: "OPERATOR" } });
  await checkAcyclic(tx);
  const generals = await refreshClosure(tx);
  return { changed: true, message: `${specific.name} now implies ${general.name}`, skillIds: generals };
}
