import { createSkillResolver, type NameResolver } from "./create-resolver";
import { skillKey } from "./skill-key";
import type { Taxonomy } from "./taxonomy";

type LookAlikeIndex = { resolver: NameResolver; groupsByKey: Map<string, Set<number>> };

const indexes = new WeakMap<Pick<Taxonomy, "skills" | "lookAlikes">, LookAlikeIndex>();

/**
 * Whether two names (any spelling) are different skills that look alike, so that neither may
 * become an alias of the other nor imply it. True when they are not the same skill and either
 * - both belong to one of the taxonomy's look-alike groups (Java and JavaScript, SQL and NoSQL), or
 * - their keys become equal once `+`, `#` and `.` and a trailing "js" are dropped (C, C++ and C#;
 *   F and F#; ".NET" and "NET"; Angular and AngularJS; Go and GoJS).
 * There is deliberately no "one is a prefix of the other" rule: it would flag real aliases
 * (Postgres and PostgreSQL, Mongo and MongoDB) and real implications (MySQL ⇒ SQL, React Native
 * ⇒ React, Spring Boot ⇒ Spring). Look-alikes of that shape are listed in the groups instead.
 */
export function isLookAlike(a: string, b: string, taxonomy: Pick<Taxonomy, "skills" | "lookAlikes">): boolean {
  const { resolver, groupsByKey } = indexOf(taxonomy);
  const keysA = keysOf(a, resolver);
  const keysB = keysOf(b, resolver);
  if (keysA.length === 0 || keysB.length === 0 || keysA[0] === keysB[0]) return false;
  const groupsA = new Set(keysA.flatMap((key) => [...(groupsByKey.get(key) ?? [])]));
  if (keysB.some((key) => [...(groupsByKey.get(key) ?? [])].some((group) => groupsA.has(group)))) return true;
  const bare = new Set(keysA.map(bareKey));
  return keysB.some((key) => bare.has(bareKey(key)));
}

/** The name's identity first (its canonical name's key, or its own key when unknown), then its own key. */
function keysOf(name: string, resolver: NameResolver): string[] {
  const own = skillKey(name);
  if (!own) return [];
  const canonical = resolver.resolve(name);
  return canonical === undefined ? [own] : [...new Set([skillKey(canonical), own])];
}

function bareKey(key: string): string {
  const bare = key.replace(/[+#.]/g, "");
  return bare.endsWith("js") && bare.length >= 4 ? bare.slice(0, -2) : bare;
}

function indexOf(taxonomy: Pick<Taxonomy, "skills" | "lookAlikes">): LookAlikeIndex {
  const known = indexes.get(taxonomy);
  if (known) return known;
  const resolver = createSkillResolver(taxonomy);
  const groupsByKey = new Map<string, Set<number>>();
  taxonomy.lookAlikes.forEach((group, index) => {
    for (const name of group) {
      const key = skillKey(resolver.resolve(name) ?? name);
      groupsByKey.set(key, (groupsByKey.get(key) ?? new Set()).add(index));
    }
  });
  const index = { resolver, groupsByKey };
  indexes.set(taxonomy, index);
  return index;
}
