import { closeImplications } from "./close-implications";
import { createDomainResolver, createSkillResolver } from "./create-resolver";
import { isLookAlike } from "./is-look-alike";
import type { Taxonomy } from "./taxonomy";
import { TaxonomyError } from "./taxonomy-error";

/**
 * Throws the first reason the taxonomy cannot be used: a spelling with no key (EMPTY_NAME), a key
 * claimed by two skills or two domains (ALIAS_TAKEN), an implication or look-alike naming no
 * canonical skill (UNKNOWN_SKILL), an implication between look-alikes (LOOK_ALIKE), a cycle
 * (IMPLICATION_CYCLE).
 */
export function checkTaxonomy(taxonomy: Taxonomy): void {
  const skills = createSkillResolver(taxonomy);
  createDomainResolver(taxonomy);
  const canonical = (name: string, where: string) => {
    if (skills.resolve(name) !== name) throw new TaxonomyError("UNKNOWN_SKILL", `${where} names "${name}", which is no canonical skill.`);
  };
  for (const group of taxonomy.lookAlikes) for (const name of group) canonical(name, "A look-alike group");
  for (const [specific, general] of taxonomy.implications) {
    canonical(specific, "An implication");
    canonical(general, "An implication");
    if (isLookAlike(specific, general, taxonomy)) {
      throw new TaxonomyError("LOOK_ALIKE", `${specific} and ${general} only look alike: neither may imply the other.`);
    }
  }
  closeImplications(taxonomy.implications);
}
