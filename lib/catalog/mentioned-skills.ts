import type { Catalog } from "./load-catalog";

// Punctuation that separates words; dots, pluses and hashes stay inside words (node.js, c++, c#).
const SEPARATORS = /[\s,;:!?()[\]{}"'«»/|]+/g;

/** Skill ids whose name appears as whole words in a text. */
export function mentionedSkills(text: string, catalog: Catalog): Set<number> {
  const haystack = ` ${text.normalize("NFKC").toLowerCase().replace(SEPARATORS, " ").replace(/\.(\s|$)/g, " ")} `;
  const found = new Set<number>();
  for (const [id, skill] of catalog.skills) if (haystack.includes(` ${skill.key} `)) found.add(id);
  return found;
}
