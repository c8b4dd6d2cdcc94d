import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { featureFingerprint } from "../../lib/matching/feature-fingerprint";
import { loadCandidateFeatures } from "../../lib/matching/load-candidates";
import { seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// What a candidate's listed skills imply (SkillClosure) and what they wrote for them, as the
// scoring reads it from the database.
let t: TestDatabase;
let skill: Map<string, number>;
const asOf = new Date("2026-06-01T00:00:00Z");

const candidate = (externalId: string, skills: string[]) => ({ externalId, name: externalId, skills, domains: ["Fintech"] });

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, [
    candidate("ts", ["TypeScript"]),
    candidate("js", ["JavaScript"]),
    candidate("next-ts", ["Next.js", "TypeScript", "PostgreSQL"]),
    candidate("react-js", ["React", "JavaScript"]),
  ]);
  skill = new Map((await t.db.skill.findMany()).map((row) => [row.name, row.id]));
  // From no implication at all, whatever the shipped catalogue holds, so each step's effect shows.
  await t.db.$executeRaw`DELETE FROM "SkillImplication"`;
  await t.db.$executeRaw`SELECT refresh_skill_closure()`;
});
afterAll(() => t.close());

async function features() {
  const rows = await t.db.candidate.findMany({ select: { id: true, externalId: true } });
  const loaded = await loadCandidateFeatures(
    t.db,
    rows.map((row) => row.id),
    asOf,
  );
  return new Map(rows.map((row) => [row.externalId!, loaded.get(row.id)!]));
}

async function implies(specific: string, general: string) {
  await t.db.skillImplication.create({ data: { skillId: skill.get(specific)!, impliesId: skill.get(general)!, source: "OPERATOR" } });
  await t.db.$executeRaw`SELECT refresh_skill_closure()`;
}

const id = (name: string) => skill.get(name)!;

describe("loadCandidateFeatures", () => {
  it("reads the implied skills through the closure, specific to general only, each via the smallest listed id", async () => {
    const before = await features();
    await implies("TypeScript", "JavaScript");
    await implies("React", "JavaScript");
    await implies("Next.js", "React");
    const after = await features();

    expect(after.get("ts")!.impliedSkills).toEqual(new Map([[id("JavaScript"), id("TypeScript")]]));
    expect(after.get("js")!.impliedSkills.size).toBe(0); // JavaScript implies neither TypeScript nor React
    const via = Math.min(id("Next.js"), id("TypeScript"));
    expect(after.get("next-ts")!.impliedSkills).toEqual(
      new Map([
        [id("React"), id("Next.js")],
        [id("JavaScript"), via],
      ]),
    );
    expect(after.get("react-js")!.impliedSkills.size).toBe(0); // JavaScript is listed, so not implied
    expect(after.get("next-ts")!.skillIds).toEqual(new Set([id("Next.js"), id("TypeScript"), id("PostgreSQL")]));

    // An import re-matches whoever's fingerprint changed: a new implication changes theirs only.
    for (const name of ["ts", "next-ts"]) expect(featureFingerprint(after.get(name)!)).not.toBe(featureFingerprint(before.get(name)!));
    for (const name of ["js", "react-js"]) expect(featureFingerprint(after.get(name)!)).toBe(featureFingerprint(before.get(name)!));
  });

  it("reads what the candidate wrote where it is not the skill's name", async () => {
    const before = await features();
    await t.db.$executeRaw`
      UPDATE "CandidateSkill" SET spelling = 'Postgres'
      WHERE "skillId" = ${id("PostgreSQL")} AND "candidateId" = (SELECT id FROM "Candidate" WHERE "externalId" = 'next-ts')`;
    const after = await features();
    expect(after.get("next-ts")!.skillSpellings).toEqual(new Map([[id("PostgreSQL"), "Postgres"]]));
    expect(after.get("ts")!.skillSpellings.size).toBe(0);
    expect(featureFingerprint(after.get("next-ts")!)).not.toBe(featureFingerprint(before.get("next-ts")!));
    expect(featureFingerprint(after.get("ts")!)).toBe(featureFingerprint(before.get("ts")!));
  });
});
