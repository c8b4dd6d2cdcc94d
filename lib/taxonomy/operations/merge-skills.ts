import type { DbTransaction } from "../../db";
import type { ChangeOutcome } from "../change-taxonomy";
import { checkAcyclic } from "../check-acyclic";
import { requireEntry } from "../find-entry";
import { mergeEntry } from "../merge-entry";
import { refreshClosure } from "../refresh-closure";
import { refuseLookAlike } from "./refuse-look-alike";

/**
 * Makes `from` one skill with `into`: everything that had `from` has `into` (written as before),
 * `from`'s spellings become aliases of `into`, and its implications move over. A merge whose
 * implications would then form a cycle is refused whole.
 */
export async function mergeSkills(tx: DbTransaction, fromName: string, intoName: string): Promise<ChangeOutcome> {
  const from = await requireEntry(tx, "skill", fromName);
  const into = await requireEntry(tx, "skill", intoName);
  if (from.id === into.id) return { changed: false, message: `"${fromName}" is already ${into.name}`, skillIds: [] };
  refuseLookAlike(from.name, into.name);
  await mergeEntry(tx, "skill", from, into, "OPERATOR");
  await checkAcyclic(tx);
  const generals = await refreshClosure(tx);
  return { changed: true, message: `${from.name} is now ${into.name}`, skillIds: [into.id, ...generals] };
}
