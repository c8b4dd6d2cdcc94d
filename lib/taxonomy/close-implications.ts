import { TaxonomyError } from "./taxonomy-error";

type Edge = readonly [specific: string, general: string];

/**
 * Every skill each skill stands for, directly or through others (Next.js ⇒ React ⇒ JavaScript:
 * Next.js stands for both). Throws IMPLICATION_CYCLE, naming the cycle, if there is one.
 */
export function closeImplications(edges: readonly Edge[]): Map<string, Set<string>> {
  const cycle = findCycle(edges);
  if (cycle) throw new TaxonomyError("IMPLICATION_CYCLE", `Implications would go round in a circle: ${cycle.join(" ⇒ ")}.`);
  const next = adjacency(edges);
  const closed = new Map<string, Set<string>>();
  const close = (skill: string): Set<string> => {
    const known = closed.get(skill);
    if (known) return known;
    const implied = new Set<string>();
    for (const general of next.get(skill) ?? []) {
      implied.add(general);
      for (const further of close(general)) implied.add(further);
    }
    closed.set(skill, implied);
    return implied;
  };
  for (const skill of next.keys()) close(skill);
  for (const [skill, implied] of closed) if (implied.size === 0) closed.delete(skill);
  return closed;
}

/** A cycle among the edges as the path that closes it (["A", "B", "A"]), or undefined when there is none. */
export function findCycle(edges: readonly Edge[]): string[] | undefined {
  const next = adjacency(edges);
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (skill: string): string[] | undefined => {
    if (onPath.has(skill)) return [...path.slice(path.indexOf(skill)), skill];
    if (done.has(skill)) return undefined;
    path.push(skill);
    onPath.add(skill);
    for (const general of next.get(skill) ?? []) {
      const cycle = visit(general);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(skill);
    done.add(skill);
    return undefined;
  };
  for (const skill of next.keys()) {
    const cycle = visit(skill);
    if (cycle) return cycle;
  }
  return undefined;
}

function adjacency(edges: readonly Edge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const [specific, general] of edges) {
    const generals = next.get(specific);
    if (generals) generals.push(general);
    else next.set(specific, [general]);
    if (!next.has(general)) next.set(general, []);
  }
  return next;
}
