import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { runCli } from "../lib/cli/run-cli";
import { checkTaxonomy } from "../lib/taxonomy/check-taxonomy";
import { type DeviconEntry, type LinguistLanguage, mergeSkillSources } from "../lib/taxonomy/merge-skill-sources";
import { sortTaxonomy, taxonomyFiles, taxonomyVersion } from "../lib/taxonomy/taxonomy-files";

// Writes data/taxonomy/skills.json from the own list and two npm packages (MIT), fetched with
// `npm pack` into a temporary folder at pinned versions so that the product never depends on them
// (devicon's package is ~59 MB of icons); rewrites the hand-written implications, look-alikes and
// domains sorted, checks the whole taxonomy, and prints what it kept and what it dropped.
// Idempotent: the same inputs write the same bytes (docs/taxonomy.md).
const LINGUIST = "linguist-languages@9.5.0";
const DEVICON = "devicon@2.17.0";

const dataDir = new URL("../data/taxonomy/", import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dataDir), "utf8"));

const entry = z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) });
const reason = z.string().min(1);
const ownList = z.object({
  skills: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).optional(), devicon: z.string().optional() })),
  linguistMarkupAndData: z.array(z.string()),
  excluded: z.array(z.object({ source: z.string(), why: reason })),
  droppedAliases: z.array(z.object({ source: z.string(), alias: z.string(), why: reason })),
  ambiguous: z.array(z.object({ spelling: z.string(), why: reason })),
});
const pairs = z.array(z.tuple([z.string(), z.string()]));

async function fetchSources(): Promise<{ linguist: LinguistLanguage[]; devicon: DeviconEntry[] }> {
  const folder = mkdtempSync(join(tmpdir(), "skill-taxonomy-"));
  try {
    const unpack = (spec: string, into: string, ...members: string[]) => {
      const tarball = execFileSync("npm", ["pack", spec, "--silent"], { cwd: folder, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
      execFileSync("mkdir", ["-p", join(folder, into)]);
      execFileSync("tar", ["-xzf", join(folder, tarball), "-C", join(folder, into), ...members]);
    };
    unpack(LINGUIST, "linguist");
    unpack(DEVICON, "devicon", "package/devicon.json");
    const languages: Record<string, LinguistLanguage> = await import(pathToFileURL(join(folder, "linguist/package/index.js")).href);
    const devicon = z
      .array(z.object({ name: z.string(), altnames: z.array(z.string()) }))
      .parse(JSON.parse(readFileSync(join(folder, "devicon/package/devicon.json"), "utf8")));
    return { linguist: Object.values(languages).filter((language) => typeof language?.name === "string"), devicon };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await runCli(async () => {
  const own = ownList.parse(readJson("own-skills.json"));
  const { linguist, devicon } = await fetchSources();
  const { skills, report } = mergeSkillSources(own, linguist, devicon);
  const taxonomy = sortTaxonomy({
    skills,
    implications: pairs.parse(readJson("implications.json")),
    lookAlikes: z.array(z.array(z.string())).parse(readJson("look-alikes.json")),
    domains: z.object({ domains: z.array(entry) }).parse(readJson("domains.json")).domains,
  });
  checkTaxonomy({ ...taxonomy, version: taxonomyVersion(taxonomy) });
  const files = taxonomyFiles(taxonomy);
  writeFileSync(new URL("skills.json", dataDir), files.skills);
  writeFileSync(new URL("implications.json", dataDir), files.implications);
  writeFileSync(new URL("look-alikes.json", dataDir), files.lookAlikes);
  writeFileSync(new URL("domains.json", dataDir), files.domains);

  const aliases = taxonomy.skills.reduce((sum, skill) => sum + skill.aliases.length, 0);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${taxonomy.skills.length} skills (${own.skills.length} own, ${report.fromLinguist} more from ${LINGUIST}), ${aliases} aliases`);
  out(`${DEVICON}: ${report.deviconMatched} technologies joined a skill, ${report.deviconUnmatched.length} named no skill of ours`);
  out(`${taxonomy.implications.length} implications, ${taxonomy.lookAlikes.length} look-alike groups, ${taxonomy.domains.length} domains`);
  out(`version ${taxonomyVersion(taxonomy)}`);
  for (const { spelling, source, wanted, heldBy } of report.collisions)
    out(`dropped "${spelling}" (${source}, for ${wanted}): the key is ${heldBy}'s`);
  for (const { spelling, source } of report.ambiguousDropped) out(`dropped "${spelling}" (${source}): ambiguous`);
  if (process.argv.includes("--unmatched")) out(`devicon entries naming no skill: ${report.deviconUnmatched.join(" ")}`);
});
