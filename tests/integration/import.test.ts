import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importData } from "../../lib/import/import-data";
import { ImportValidationError } from "../../lib/import/validate-import";
import { skillKey } from "../../lib/taxonomy/skill-key";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { fixtureJob, seed } from "../helpers/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const counts = async () => ({
  workspaces: await t.db.workspace.count(),
  candidates: await t.db.candidate.count(),
  jobs: await t.db.job.count(),
  skills: await t.db.candidateSkill.count(),
  responses: await t.db.response.count(),
});

async function problems(input: unknown): Promise<string[]> {
  const error = await importData(t.db, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportValidationError);
  return (error as ImportValidationError).issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe("import", () => {
  it("rejects an invalid file before writing anything, naming the JSON path of each bad field", async () => {
    const before = await counts();
    const found = await problems({
      workspaces: [{ slug: "Not A Slug", name: "X" }],
      candidates: [
        { externalId: "c-1", name: "Ada", technicalTests: [{ name: "TS", score: 140, completedAt: "2026-01-01" }] },
        {
          externalId: "c-2",
          name: "",
          skils: ["Go"],
          feedbacks: [{ rating: 4.5 }],
          experiences: [{ title: "Dev", startDate: "2026-02-01", endDate: "2025-01-01" }],
        },
      ],
      jobs: [{ externalId: "j-1", workspace: "acme", title: "Dev", status: "ACTIVE", skills: [], domains: ["Fintech"] }],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^workspaces\[0\]\.slug: /),
        "candidates[0].technicalTests[0].score: must be between 0 and 100",
        "candidates[1].name: must not be empty",
        expect.stringMatching(/^candidates\[1\]: .*skils/),
        "candidates[1].feedbacks[0].rating: must be a whole number",
        "candidates[1].experiences[0].endDate: must not be before startDate",
        "jobs[0].skills: an ACTIVE job needs at least one required skill",
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it("accepts must-have required skills and a minimum coverage, and refuses a must-have that is only nice to have, naming it", async () => {
    const before = await counts();
    const found = await problems({
      workspaces: [{ slug: "acme", name: "Acme" }],
      jobs: [
        fixtureJob("j-must", {
          skills: ["TypeScript", { name: "React", mustHave: true }],
          niceToHaveSkills: ["Go", { name: "Kafka", mustHave: true }],
          minSkillsCoverage: 101,
        }),
        fixtureJob("j-bad", { skills: [{ name: "Rust", mustHave: "yes" }], minSkillsCoverage: 50.5 }),
      ],
    });
    expect([...found].sort()).toEqual(
      [
        'jobs[0].niceToHaveSkills[1].mustHave: "Kafka" is nice to have: only a required skill can be a must-have',
        "jobs[0].minSkillsCoverage: must be between 0 and 100",
        'jobs[1].skills[0]: must be a skill name or { "name": …, "mustHave": true }',
        "jobs[1].minSkillsCoverage: must be a whole number between 0 and 100",
      ].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  it("checks references within the file and against the database", async () => {
    const found = await problems({
      candidates: [
        { externalId: "c-1", name: "Ada" },
        { externalId: "c-1", name: "Ada again" },
      ],
      jobs: [fixtureJob("j-1", { workspace: "nowhere" })],
      responses: [
        { job: "j-404", candidate: "c-1" },
        { job: "j-1", candidate: "c-404" },
      ],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'candidates[1].externalId: duplicate candidate externalId "c-1" (first at candidates[0].externalId)',
        'jobs[0].workspace: unknown workspace "nowhere": add it under "workspaces"',
        'responses[0].job: unknown job "j-404"',
        'responses[1].candidate: unknown candidate "c-404"',
      ]),
    );
  });

  it("matches skills and domains whatever their case and spacing", async () => {
    await seed(t.db, [
      { externalId: "n-1", name: "A", skills: ["TypeScript", "  machine   learning "], domains: ["Fintech"] },
      { externalId: "n-2", name: "B", skills: ["typescript ", "Machine Learning"], domains: ["FINTECH"] },
    ]);
    const held = await t.db.candidate.findMany({
      orderBy: { externalId: "asc" },
      select: { skills: { select: { skillId: true }, orderBy: { skillId: "asc" } }, domains: { select: { domainId: true } } },
    });
    expect(held[0]!.skills).toHaveLength(2);
    expect(held[1]!.skills).toEqual(held[0]!.skills);
    expect(held[1]!.domains).toEqual(held[0]!.domains);
    expect(await t.db.skill.count({ where: { key: skillKey("TypeScript") } })).toBe(1);
  });

  it("is idempotent and replaces a candidate's lists instead of appending", async () => {
    const file = {
      workspaces: [{ slug: "acme", name: "Acme" }],
      candidates: [
        {
          externalId: "i-1",
          name: "Ida",
          skills: ["Go", "Rust"],
          domains: ["Energy"],
          badges: [{ name: "Star", awardedAt: "2026-01-01" }],
        },
      ],
      jobs: [fixtureJob("i-job")],
      responses: [{ job: "i-job", candidate: "i-1", screeningScore: 70 }],
    };
    await importData(t.db, file);
    const once = await counts();
    await importData(t.db, file);
    expect(await counts()).toEqual(once);

    await importData(t.db, { candidates: [{ externalId: "i-1", name: "Ida B.", skills: ["rust"], domains: ["Energy"] }] });
    const ida = await t.db.candidate.findUniqueOrThrow({
      where: { externalId: "i-1" },
      include: { skills: { include: { skill: true } }, badges: true },
    });
    expect(ida.name).toBe("Ida B.");
    expect(ida.skills.map((s) => s.skill.name)).toEqual(["Rust"]);
    expect(ida.badges).toEqual([]);
    expect(await t.db.response.findFirst({ where: { candidateId: ida.id } })).toMatchObject({ screeningScore: 70 });
  });

  it("refuses to move a job to another workspace", async () => {
    expect(await problems({ workspaces: [{ slug: "beta", name: "Beta" }], jobs: [fixtureJob("i-job", { workspace: "beta" })] })).toEqual([
      'jobs[0].workspace: job "i-job" belongs to workspace "acme" and cannot move',
    ]);
  });

  it("writes all or nothing when the database fails halfway", async () => {
    const before = await counts();
    await t.db.$executeRawUnsafe(
      `CREATE FUNCTION fail_job() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'crash (simulated)'; END $$ LANGUAGE plpgsql`,
    );
    await t.db.$executeRawUnsafe(`CREATE TRIGGER fail_job BEFORE INSERT ON "Job" FOR EACH ROW EXECUTE FUNCTION fail_job()`);
    await expect(
      importData(t.db, {
        workspaces: [{ slug: "gamma", name: "Gamma" }],
        candidates: [{ externalId: "half-1", name: "Half", skills: ["Go"], domains: ["Energy"] }],
        jobs: [fixtureJob("half-job", { workspace: "gamma" })],
      }),
    ).rejects.toThrow(/crash/);
    await t.db.$executeRawUnsafe(`DROP TRIGGER fail_job ON "Job"`);
    expect(await counts()).toEqual(before);
    expect(await t.db.candidate.findUnique({ where: { externalId: "half-1" } })).toBeNull();
  });

  it("loads the bundled demo data: 2+ workspaces, 300+ candidates, 12+ jobs", async () => {
    const demo = JSON.parse(fs.readFileSync("data/demo.json", "utf8"));
    const summary = await importData(t.db, demo);
    expect(summary.workspaces).toBeGreaterThanOrEqual(2);
    expect(summary.candidates).toBeGreaterThanOrEqual(300);
    expect(summary.jobs).toBeGreaterThanOrEqual(12);
    expect(
      await t.db.job.count({ where: { status: "ACTIVE", externalId: { in: demo.jobs.map((j: { externalId: string }) => j.externalId) } } }),
    ).toBeGreaterThanOrEqual(12);
  });
});
