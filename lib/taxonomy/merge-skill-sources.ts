import { compareNames } from "./compare-names";
import { skillKey } from "./skill-key";
import type { TaxonomyEntry } from "./taxonomy";
import { TaxonomyError } from "./taxonomy-error";

/** A language of GitHub Linguist (npm `linguist-languages`). */
export type LinguistLanguage = { name: string; type: string; aliases?: readonly string[] };
/** A technology of devicon's `devicon.json`: a lower-case slug and its other names. */
export type DeviconEntry = { name: string; altnames: readonly string[] };

/** The reviewed list of our own (data/taxonomy/own-skills.json), which decides over the sources. */
export type OwnSkillList = {
  skills: { name: string; aliases?: string[]; devicon?: string }[];
  /** Linguist's languages of another type than "programming" that résumés name (HTML, SQL, YAML…). */
  linguistMarkupAndData: string[];
  /** Source entries left out whole: "linguist:<name>" or "devicon:<slug>". */
  excluded: { source: string; why: string }[];
  /** Source aliases left out: misleading (linguist's "node" for JavaScript) or wrong. */
  droppedAliases: { source: string; alias: string; why: string }[];
  /** Spellings that name more than one skill ("TF": TensorFlow or Terraform): never an alias. */
  ambiguous: { spelling: string; why: string }[];
};

export type MergeReport = {
  fromLinguist: number;
  deviconMatched: number;
  /** devicon slugs naming no skill of ours: technologies left out until the own list names them. */
  deviconUnmatched: string[];
  /** A source spelling whose key another skill holds: the holder keeps it. */
  collisions: { spelling: string; source: string; wanted: string; heldBy: string }[];
  ambiguousDropped: { spelling: string; source: string }[];
};

type Draft = { name: string; aliases: Map<string, string> };

/**
 * The skill catalogue from the own list, Linguist's languages and devicon's technologies, in that
 * order of precedence: a key belongs to the first skill that claims it. Source entries whose name
 * is a skill's key or alias join that skill; devicon's technologies join a skill only (they carry
 * no display name of their own). Throws ALIAS_TAKEN when the own list contradicts itself.
 */
export function mergeSkillSources(own: OwnSkillList, linguist: readonly LinguistLanguage[], devicon: readonly DeviconEntry[]) {
  const byKey = new Map<string, Draft>();
  const drafts: Draft[] = [];
  const ambiguous = new Set(own.ambiguous.map((entry) => skillKey(entry.spelling)));
  const excluded = new Set(own.excluded.map((entry) => entry.source));
  const dropped = new Set(own.droppedAliases.map((entry) => `${entry.source}\n${skillKey(entry.alias)}`));
  const report: MergeReport = { fromLinguist: 0, deviconMatched: 0, deviconUnmatched: [], collisions: [], ambiguousDropped: [] };

  const claim = (draft: Draft, spelling: string, source: string) => {
    const key = skillKey(spelling);
    if (!key || dropped.has(`${source}\n${key}`)) return;
    if (ambiguous.has(key)) {
      if (source === "own")
        throw new TaxonomyError("ALIAS_TAKEN", `The own list makes "${spelling}" an alias of ${draft.name}, and lists it as ambiguous.`);
      report.ambiguousDropped.push({ spelling, source });
      return;
    }
    const holder = byKey.get(key);
    if (holder === draft) return;
    if (holder) {
      if (source === "own")
        throw new TaxonomyError("ALIAS_TAKEN", `The own list gives "${spelling}" to both ${holder.name} and ${draft.name}.`);
      report.collisions.push({ spelling, source, wanted: draft.name, heldBy: holder.name });
      return;
    }
    byKey.set(key, draft);
    if (key !== skillKey(draft.name)) draft.aliases.set(key, spelling);
  };
  const create = (name: string, source: string) => {
    const draft: Draft = { name, aliases: new Map() };
    drafts.push(draft);
    claim(draft, name, source);
    return draft;
  };

  const ownBySlug = new Map<string, Draft>();
  for (const skill of own.skills) {
    const draft = create(skill.name, "own");
    for (const alias of skill.aliases ?? []) claim(draft, alias, "own");
    if (skill.devicon) ownBySlug.set(skill.devicon, draft);
  }

  const markupAndData = new Set(own.linguistMarkupAndData);
  for (const language of linguist) {
    const source = `linguist:${language.name}`;
    if (excluded.has(source) || (language.type !== "programming" && !markupAndData.has(language.name))) continue;
    const key = skillKey(language.name);
    if (ambiguous.has(key)) {
      report.ambiguousDropped.push({ spelling: language.name, source });
      continue;
    }
    const known = byKey.get(key);
    const draft = known ?? create(language.name, source);
    if (!known) report.fromLinguist++;
    for (const alias of language.aliases ?? []) claim(draft, alias, source);
  }

  for (const entry of devicon) {
    const source = `devicon:${entry.name}`;
    if (excluded.has(source)) continue;
    const spellings = [entry.name, ...entry.altnames].filter((spelling) => !dropped.has(`${source}\n${skillKey(spelling)}`));
    const holders = new Set(spellings.flatMap((spelling) => byKey.get(skillKey(spelling)) ?? []));
    const draft = ownBySlug.get(entry.name) ?? byKey.get(skillKey(entry.name)) ?? (holders.size === 1 ? [...holders][0] : undefined);
    if (!draft) {
      report.deviconUnmatched.push(entry.name);
      continue;
    }
    report.deviconMatched++;
    for (const spelling of spellings) claim(draft, spelling, source);
  }

  const skills: TaxonomyEntry[] = drafts
    .map((draft) => ({ name: draft.name, aliases: [...draft.aliases.values()].sort(compareNames) }))
    .sort((a, b) => compareNames(a.name, b.name));
  return { skills, report };
}
