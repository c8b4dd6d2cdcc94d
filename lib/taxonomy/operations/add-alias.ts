import type { DbTransaction } from "../../db";
import type { ChangeOutcome } from "../change-taxonomy";
import { findEntry, requireEntry } from "../find-entry";
import { mergeEntry } from "../merge-entry";
import { skillKey } from "../skill-key";
import { TaxonomyError } from "../taxonomy-error";
import { refuseLookAlike } from "./refuse-look-alike";

/**
 * Makes `spelling` mean the skill `canonical` names. Where the data already holds it as a skill
 * of its own (seen, unresolved), that skill is merged in: its candidates and jobs now have the
 * canonical skill, written as before.
 */
export async function addAlias(tx: DbTransaction, spelling: string, canonical: string): Promise<ChangeOutcome> {
  const target = await requireEntry(tx, "skill", canonical);
  const key = skillKey(spelling);
  if (!key) throw new TaxonomyError("EMPTY_NAME", `"${spelling}" has no letter or digit`);
  const unchanged = (message: string): ChangeOutcome => ({ changed: false, message, skillIds: [] });
  if (key === target.key) return unchanged(`"${spelling}" is already how ${target.name} is written`);
  const existing = await findEntry(tx, "skill", spelling);
  if (existing?.id === target.id) return unchanged(`"${spelling}" is already an alias of ${target.name}`);
  refuseLookAlike(spelling, target.name);
  if (existing?.byAlias) {
    throw new TaxonomyError(
      "ALIAS_TAKEN",
      `"${spelling}" is an alias of ${existing.name}: remove it first (npm run skills -- unalias "${spelling}")`,
    );
  }
  if (existing && existing.source !== "SEEN") {
    throw new TaxonomyError(
      "ALIAS_TAKEN",
      `"${spelling}" is the skill ${existing.name} itself: merge it instead (npm run skills -- merge "${existing.name}" "${target.name}")`,
    );
  }
  await tx.taxonomyRemoval.deleteMany({ where: { kind: "skill-alias", key } });
  if (existing) await mergeEntry(tx, "skill", existing, target, "OPERATOR");
  await tx.$executeRaw`
    INSERT INTO "SkillAlias" (key, "skillId", spelling, source) VALUES (${key}, ${target.id}, ${spelling.trim()}, 'OPERATOR')
    ON CONFLICT (key) DO UPDATE SET "skillId" = EXCLUDED."skillId", source = 'OPERATOR'`;
  const merged = existing ? `; what was seen as "${existing.name}" is now ${target.name}` : "";
  return { changed: true, message: `"${spelling}" now means ${target.name}${merged}`, skillIds: [target.id] };
}
