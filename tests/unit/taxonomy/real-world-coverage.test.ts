import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSkillResolver } from "../../../lib/taxonomy/create-resolver";
import { shippedTaxonomy } from "../../../lib/taxonomy/shipped-taxonomy";
import { skillKey } from "../../../lib/taxonomy/skill-key";

type Sample = { spellings: [string, string][]; heldOut: [string, string][]; lookAlikes: [string, string][] };
const sample = JSON.parse(readFileSync("tests/fixtures/real-world-spellings.json", "utf8")) as Sample;
const skills = createSkillResolver(shippedTaxonomy);

function coverage(rows: [string, string][]) {
  const missed = rows.filter(([spelling, expected]) => skills.resolve(spelling) !== expected);
  return { share: (rows.length - missed.length) / rows.length, missed };
}

describe("coverage of real-world spellings (tests/fixtures/real-world-spellings.json)", () => {
  it("resolves at least 90% of them to the skill a recruiter reads in them", () => {
    const first = coverage(sample.spellings);
    const heldOut = coverage(sample.heldOut);
    const all = coverage([...sample.spellings, ...sample.heldOut]);
    const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
    const list = (missed: [string, string][]) =>
      missed.map(([spelling, expected]) => `${spelling} → ${skills.resolve(spelling) ?? "nothing"} (not ${expected})`).join("; ");
    console.info(
      `coverage: ${percent(all.share)} of ${sample.spellings.length + sample.heldOut.length} spellings` +
        ` (first sample ${percent(first.share)} of ${sample.spellings.length},` +
        ` held-out ${percent(heldOut.share)} of ${sample.heldOut.length})` +
        `; missed: ${list(all.missed)}`,
    );
    expect(sample.spellings.length + sample.heldOut.length).toBeGreaterThanOrEqual(150);
    expect(all.share).toBeGreaterThanOrEqual(0.9);
  });

  it("never resolves two look-alikes to one skill", () => {
    const merged = sample.lookAlikes.filter(([a, b]) => {
      const [resolvedA, resolvedB] = [skills.resolve(a), skills.resolve(b)];
      return skillKey(a) === skillKey(b) || (resolvedA !== undefined && resolvedA === resolvedB);
    });
    expect(merged).toEqual([]);
  });
});
