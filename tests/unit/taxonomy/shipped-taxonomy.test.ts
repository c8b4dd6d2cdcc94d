import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkTaxonomy } from "../../../lib/taxonomy/check-taxonomy";
import { closeImplications } from "../../../lib/taxonomy/close-implications";
import { compareNames } from "../../../lib/taxonomy/compare-names";
import { createDomainResolver, createSkillResolver } from "../../../lib/taxonomy/create-resolver";
import { isLookAlike } from "../../../lib/taxonomy/is-look-alike";
import { shippedTaxonomy as taxonomy } from "../../../lib/taxonomy/shipped-taxonomy";
import { skillKey } from "../../../lib/taxonomy/skill-key";
import { taxonomyFiles, taxonomyVersion } from "../../../lib/taxonomy/taxonomy-files";

const skills = createSkillResolver(taxonomy);
const sorted = (names: string[]) => names.every((name, index) => index === 0 || compareNames(names[index - 1]!, name) < 0);

describe("the shipped taxonomy", () => {
  it("passes every check the operators' changes must pass", () => {
    expect(() => checkTaxonomy(taxonomy)).not.toThrow();
  });

  it("is exactly what the generator writes: sorted, one entry a line, its version the hash of its content", () => {
    const files = taxonomyFiles(taxonomy);
    const read = (file: string) => readFileSync(`data/taxonomy/${file}`, "utf8");
    expect(read("skills.json")).toBe(files.skills);
    expect(read("implications.json")).toBe(files.implications);
    expect(read("look-alikes.json")).toBe(files.lookAlikes);
    expect(read("domains.json")).toBe(files.domains);
    expect(taxonomy.version).toBe(taxonomyVersion(taxonomy));
    expect(taxonomy.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("has sorted skills and aliases, no alias with its own skill's key, no key claimed twice", () => {
    expect(sorted(taxonomy.skills.map((skill) => skill.name))).toBe(true);
    const owners = new Map<string, string>();
    for (const skill of taxonomy.skills) {
      expect(sorted(skill.aliases), skill.name).toBe(true);
      const keys = [skill.name, ...skill.aliases].map(skillKey);
      expect(new Set(keys).size, `${skill.name}: ${skill.aliases.join(", ")}`).toBe(keys.length);
      for (const key of keys) {
        expect(owners.get(key) ?? skill.name, `key "${key}"`).toBe(skill.name);
        owners.set(key, skill.name);
      }
    }
  });

  it("has sorted implications with no self-loop, duplicate or cycle, between canonical names", () => {
    const pairs = taxonomy.implications.map(([specific, general]) => `${specific}\n${general}`);
    expect(sorted(pairs)).toBe(true);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const [specific, general] of taxonomy.implications) {
      expect(specific).not.toBe(general);
      expect(skills.resolve(specific)).toBe(specific);
      expect(skills.resolve(general)).toBe(general);
    }
    expect(() => closeImplications(taxonomy.implications)).not.toThrow();
  });

  it("never implies between look-alikes, in either direction, even transitively", () => {
    for (const [specific, implied] of closeImplications(taxonomy.implications)) {
      for (const general of implied) expect(isLookAlike(specific, general, taxonomy), `${specific} ⇒ ${general}`).toBe(false);
    }
  });

  it("never lets a look-alike's spelling resolve to another of its group", () => {
    const byName = new Map(taxonomy.skills.map((skill) => [skill.name, skill]));
    for (const group of taxonomy.lookAlikes) {
      for (const name of group) {
        for (const spelling of [name, ...(byName.get(name)?.aliases ?? [])]) expect(skills.resolve(spelling), spelling).toBe(name);
      }
    }
  });

  it("never resolves the general skill to a specific one it stands for", () => {
    const closed = closeImplications(taxonomy.implications);
    for (const [specific, implied] of closed) {
      for (const general of implied) {
        expect(skills.resolve(general)).toBe(general);
        expect(closed.get(general)?.has(specific) ?? false, `${general} ⇒ ${specific}`).toBe(false);
      }
    }
  });

  it("keeps the famous look-alikes apart", () => {
    const groups = [
      ["C", "C++", "C#", "F#", "D", "R", ".NET", "Objective-C", "Go"],
      ["Java", "JavaScript"],
      ["SQL", "NoSQL"],
      ["React", "Preact"],
      ["Angular", "AngularJS"],
      ["Vue", "Vuex"],
      ["ASP.NET", ".NET"],
    ];
    for (const names of groups) expect(new Set(names.map((name) => skills.resolve(name))).size, names.join(" / ")).toBe(names.length);
  });

  it("resolves the demo data's skills and domains", () => {
    const demo = JSON.parse(readFileSync("data/demo.json", "utf8")) as {
      candidates: { skills: string[]; domains: string[]; experiences: { domain?: string; skills?: string[] }[] }[];
      jobs: { skills?: (string | { name: string })[]; niceToHaveSkills?: string[]; domains?: string[] }[];
    };
    const skillNames = new Set<string>();
    const domainNames = new Set<string>();
    for (const candidate of demo.candidates) {
      for (const skill of candidate.skills) skillNames.add(skill);
      for (const domain of candidate.domains) domainNames.add(domain);
      for (const experience of candidate.experiences) {
        if (experience.domain) domainNames.add(experience.domain);
        for (const skill of experience.skills ?? []) skillNames.add(skill);
      }
    }
    for (const job of demo.jobs) {
      for (const skill of [...(job.skills ?? []), ...(job.niceToHaveSkills ?? [])])
        skillNames.add(typeof skill === "string" ? skill : skill.name);
      for (const domain of job.domains ?? []) domainNames.add(domain);
    }
    const domains = createDomainResolver(taxonomy);
    expect([...skillNames].filter((name) => skills.resolve(name) === undefined)).toEqual([]);
    expect([...domainNames].filter((name) => domains.resolve(name) === undefined)).toEqual([]);
    expect(skills.resolve("POSTGRESQL")).toBe("PostgreSQL");
    expect(skills.resolve("Machine  Learning")).toBe("Machine Learning");
    expect(domains.resolve("eCommerce")).toBe("E-commerce");
  });
});
