import { displayName } from "./display-name";
import type { Resolved } from "./resolve-names";
import { lookupKeys } from "./lookup-keys";

export type ResolvedNames = ReadonlyMap<string, Resolved>;

/**
 * The distinct entries a list of spellings resolves to (resolveNames), in order, each with what
 * was written when that was an alias ("k8s"), or null when it was the entry's own name in some
 * form ("kubernetes"): a person who wrote both is shown as writing the name.
 */
export function resolvedList(spellings: readonly string[], resolved: ResolvedNames): { id: number; spelling: string | null }[] {
  const entries = new Map<number, string | null>();
  for (const written of spellings) {
    const key = lookupKeys(written)[0] ?? "";
    const entry = resolved.get(key);
    if (!entry) continue;
    const spelling = key === entry.key ? null : displayName(written);
    if (!entries.has(entry.id) || spelling === null) entries.set(entry.id, spelling);
  }
  return [...entries].map(([id, spelling]) => ({ id, spelling }));
}
