/** A skill or a domain: its canonical name and the other spellings that mean it. */
export type TaxonomyEntry = { name: string; aliases: string[] };

/**
 * The skill taxonomy as data: canonical skills and their aliases, curated implications
 * ("specific ⇒ general", never a cycle), groups of different skills that look alike, and
 * industry domains with their aliases. The shipped one is `shippedTaxonomy`.
 */
export type Taxonomy = {
  version: string;
  skills: TaxonomyEntry[];
  implications: [specific: string, general: string][];
  lookAlikes: string[][];
  domains: TaxonomyEntry[];
};

export { closeImplications, findCycle } from "./close-implications";
export { createDomainResolver, createSkillResolver, type NameResolver } from "./create-resolver";
export { isLookAlike } from "./is-look-alike";
export { checkTaxonomy } from "./check-taxonomy";
export { TaxonomyError, type TaxonomyErrorCode } from "./taxonomy-error";
