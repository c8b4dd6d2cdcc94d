import { skillKey } from "../taxonomy/skill-key";
import type { Catalog } from "./load-catalog";

// Punctuation that separates words; dots, pluses and hashes stay inside words (node.js, c++, c#).
const SEPARATORS = /[\s,;:!?()[\]{}"'«»/|]+/;
// The longest skill name mentioned in prose, in words ("amazon web services", "google cloud platform").
const MAX_WORDS = 3;

/** Skill ids a text names by any spelling: runs of one to three words whose key is a mentionable skill's. */
export function mentionedSkills(text: string, catalog: Catalog): Set<number> {
  const words = text
    .normalize("NFKC")
    .split(SEPARATORS)
    .map((word) => word.replace(/\.+$/, ""))
    .filter(Boolean);
  const found = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length++) {
      const id = catalog.mentionable.get(skillKey(words.slice(start, start + length).join(" ")));
      if (id !== undefined) found.add(id);
    }
  }
  return found;
}
