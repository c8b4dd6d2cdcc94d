import { lookupKeys } from "./lookup-keys";
import { skillKey } from "./skill-key";
import type { Taxonomy, TaxonomyEntry } from "./taxonomy";
import { TaxonomyError } from "./taxonomy-error";

export type NameResolver = {
  /** The canonical name for any spelling of it (its name or an alias, through `lookupKeys`), or undefined. */
  resolve(spelling: string): string | undefined;
};

/** Resolves skill spellings; throws ALIAS_TAKEN when one key is claimed by two skills. */
export function createSkillResolver(taxonomy: Pick<Taxonomy, "skills">): NameResolver {
  return createResolver(taxonomy.skills, "skill");
}

/** Resolves domain spellings ("eCommerce" → "E-commerce"), under the same key rule as skills. */
export function createDomainResolver(taxonomy: Pick<Taxonomy, "domains">): NameResolver {
  return createResolver(taxonomy.domains, "domain");
}

function createResolver(entries: readonly TaxonomyEntry[], kind: string): NameResolver {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = skillKey(spelling);
      if (!key)
        throw new TaxonomyError("EMPTY_NAME", `The ${kind} "${entry.name}" has a spelling with nothing to match on: "${spelling}".`);
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== entry.name) {
        throw new TaxonomyError("ALIAS_TAKEN", `"${spelling}" (${kind} ${entry.name}) has the same key as ${kind} ${owner}.`);
      }
      byKey.set(key, entry.name);
    }
  }
  return {
    resolve: (spelling) => {
      for (const key of lookupKeys(spelling)) {
        const name = byKey.get(key);
        if (name !== undefined) return name;
      }
      return undefined;
    },
  };
}
