import domains from "../../data/taxonomy/domains.json";
import implications from "../../data/taxonomy/implications.json";
import lookAlikes from "../../data/taxonomy/look-alikes.json";
import skills from "../../data/taxonomy/skills.json";
import type { Taxonomy } from "./taxonomy";

/**
 * The taxonomy shipped in data/taxonomy/ (docs/taxonomy.md): bundled with the code, so the product
 * reads no file at run time. Its `version` changes whenever any of the four files does.
 */
export const shippedTaxonomy: Taxonomy = {
  version: skills.version,
  skills: skills.skills,
  implications: implications.map(pair),
  lookAlikes,
  domains: domains.domains,
};

function pair(entry: string[]): [string, string] {
  const [specific, general, ...rest] = entry;
  if (specific === undefined || general === undefined || rest.length > 0)
    throw new Error(`data/taxonomy/implications.json: not a pair: ${JSON.stringify(entry)}`);
  return [specific, general];
}
