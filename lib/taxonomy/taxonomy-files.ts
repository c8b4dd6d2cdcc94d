import { createHash } from "node:crypto";
import { compareNames } from "./compare-names";
import type { Taxonomy, TaxonomyEntry } from "./taxonomy";

/**
 * The shipped files' text (data/taxonomy/): sorted, one entry a line, so that a review reads the
 * diff line by line and the generator writes the same bytes twice. Used by the generator, and by
 * the test that the files on disk are exactly what it would write.
 */
export function taxonomyFiles(taxonomy: Omit<Taxonomy, "version">): Record<"skills" | "implications" | "lookAlikes" | "domains", string> {
  const sorted = sortTaxonomy(taxonomy);
  return {
    skills: `{\n  "version": ${JSON.stringify(taxonomyVersion(sorted))},\n  "skills": ${lines(sorted.skills.map(entry), "  ")}\n}\n`,
    implications: `${lines(sorted.implications.map(strings), "")}\n`,
    lookAlikes: `${lines(sorted.lookAlikes.map(strings), "")}\n`,
    domains: `{\n  "domains": ${lines(sorted.domains.map(entry), "  ")}\n}\n`,
  };
}

/** The first 16 hex digits of the SHA-256 of the whole sorted taxonomy: it changes when any shipped file does. */
export function taxonomyVersion(taxonomy: Omit<Taxonomy, "version">): string {
  const { skills, implications, lookAlikes, domains } = sortTaxonomy(taxonomy);
  return createHash("sha256").update(JSON.stringify({ skills, implications, lookAlikes, domains })).digest("hex").slice(0, 16);
}

/** Entries, aliases, implications and groups in the files' order, duplicates dropped. */
export function sortTaxonomy(taxonomy: Omit<Taxonomy, "version">): Omit<Taxonomy, "version"> {
  const sortEntries = (entries: TaxonomyEntry[]) =>
    entries.map((entry) => ({ name: entry.name, aliases: unique(entry.aliases) })).sort((a, b) => compareNames(a.name, b.name));
  const byPair = new Map(
    taxonomy.implications.map(([specific, general]) => [`${specific}\n${general}`, [specific, general] as [string, string]]),
  );
  return {
    skills: sortEntries(taxonomy.skills),
    implications: [...byPair.values()].sort(([a, b], [c, d]) => compareNames(a, c) || compareNames(b, d)),
    lookAlikes: taxonomy.lookAlikes.map(unique).sort((a, b) => compareNames(a.join("\n"), b.join("\n"))),
    domains: sortEntries(taxonomy.domains),
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names)].sort(compareNames);
}

function entry({ name, aliases }: TaxonomyEntry): string {
  return `{ "name": ${JSON.stringify(name)}, "aliases": ${strings(aliases)} }`;
}

function strings(names: string[]): string {
  return `[${names.map((name) => JSON.stringify(name)).join(", ")}]`;
}

function lines(items: string[], indent: string): string {
  return items.length === 0 ? "[]" : `[\n${items.map((item) => `${indent}  ${item}`).join(",\n")}\n${indent}]`;
}
