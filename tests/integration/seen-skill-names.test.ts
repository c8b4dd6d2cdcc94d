import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importData } from "../../lib/import/import-data";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Skills are shown by their catalogue name: a name nothing knows is named by the best spelling seen.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const candidate = (externalId: string, skills: string[]) => ({ externalId, name: externalId, skills, domains: ["Fintech"] });
const importSkills = (externalId: string, skills: string[]) =>
  importData(t.db, { workspaces: [], candidates: [candidate(externalId, skills)], jobs: [] });
const skillNamed = (key: string) => t.db.skill.findUniqueOrThrow({ where: { key }, select: { name: true, source: true } });

describe("the name a skill is shown by", () => {
  it("is the catalogue's, however a candidate wrote it", async () => {
    await importSkills("c-1", ["POSTGRESQL", "kubernetes"]);
    const skills = await t.db.candidateSkill.findMany({
      where: { candidate: { externalId: "c-1" } },
      select: { spelling: true, skill: { select: { name: true } } },
    });
    expect(skills.map((row) => [row.skill.name, row.spelling]).sort()).toEqual([
      ["Kubernetes", null],
      ["PostgreSQL", null],
    ]);
  });

  it("is, for a name nothing knows, a spelling in mixed case over one in a single case, then or later", async () => {
    await importSkills("c-2", ["ZORBLANG", "ZorbLang", "zorblang"]);
    expect(await skillNamed("zorblang")).toEqual({ name: "ZorbLang", source: "SEEN" });

    await importSkills("c-3", ["QUUXDB"]);
    expect((await skillNamed("quuxdb")).name).toBe("QUUXDB");
    await importSkills("c-4", ["quuxdb"]);
    expect((await skillNamed("quuxdb")).name).toBe("QUUXDB");
    await importSkills("c-5", ["QuuxDB"]);
    expect((await skillNamed("quuxdb")).name).toBe("QuuxDB");
    await importSkills("c-6", ["QUUXDB", "Quuxdb"]);
    expect((await skillNamed("quuxdb")).name).toBe("QuuxDB");
  });
});
