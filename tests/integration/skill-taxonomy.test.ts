import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";
import { matchCandidate, recalculateAllJobs } from "../../lib/matching";
import { changeTaxonomy } from "../../lib/taxonomy/change-taxonomy";
import { addAlias } from "../../lib/taxonomy/operations/add-alias";
import { addImplication } from "../../lib/taxonomy/operations/add-implication";
import { listUnresolved } from "../../lib/taxonomy/operations/list-unresolved";
import { mergeSkills } from "../../lib/taxonomy/operations/merge-skills";
import { removeAlias } from "../../lib/taxonomy/operations/remove-alias";
import { removeImplication } from "../../lib/taxonomy/operations/remove-implication";
import { recalculateJobs } from "../../lib/recalculation/recalculate-jobs";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { fixtureJob, jobId, matchingsOf } from "../helpers/fixtures";

// The catalogue in the database: what import resolves, and the operator's commands, which change
// it in one transaction, re-resolve the data and have the affected jobs recalculated.

const workspaces = [{ slug: "acme", name: "Acme" }];
const person = (externalId: string, skills: string[], domains = ["Fintech"]) => ({ externalId, name: externalId, skills, domains });

/** Each candidate's skills as stored: canonical name, and the spelling when an alias was written. */
async function heldSkills(db: Db): Promise<Record<string, string[]>> {
  const rows = await db.candidateSkill.findMany({ include: { skill: true, candidate: { select: { externalId: true } } } });
  const held: Record<string, string[]> = {};
  for (const row of rows) {
    const list = held[row.candidate.externalId!] ?? [];
    list.push(row.spelling ? `${row.skill.name} (as ${row.spelling})` : row.skill.name);
    held[row.candidate.externalId!] = list;
  }
  for (const list of Object.values(held)) list.sort();
  return held;
}

const apply = async (db: Db, change: Parameters<typeof changeTaxonomy>[1]) => {
  const outcome = await changeTaxonomy(db, change);
  await recalculateJobs(db, outcome.jobs, "taxonomy.changed");
  return outcome;
};

describe("importing names people write", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await importData(t.db, {
      workspaces,
      candidates: [
        person("a", ["JS", "k8s", "Postgres"]),
        person("b", ["javascript", "Kubernetes"]),
        person("c", ["Kubernets", "Fortrex"]),
      ],
      jobs: [
        fixtureJob("j-js", { skills: ["JavaScript"] }),
        fixtureJob("j-k8s", { skills: ["Kubernetes"], niceToHaveSkills: ["PostgreSQL"] }),
      ],
    });
  });
  afterAll(() => t.close());

  it("resolves every alias to one canonical skill and keeps what the person wrote", async () => {
    const held = await heldSkills(t.db);
    expect(held.a).toEqual(["JavaScript (as JS)", "Kubernetes (as k8s)", "PostgreSQL (as Postgres)"]);
    // The canonical name in another case is the name, not an alias.
    expect(held.b).toEqual(["JavaScript", "Kubernetes"]);
  });

  it("ranks a candidate who wrote an alias exactly like one who wrote the name", async () => {
    await recalculateAllJobs(t.db, { trigger: "test" });
    const rows = await matchingsOf(t.db, await jobId(t.db, "j-js"));
    expect([...rows.keys()].sort()).toEqual(["a", "b"]);
    expect(rows.get("a")!.skillsMatch).toBe(rows.get("b")!.skillsMatch);
  });

  it("lists the names that match nothing known, most used first", async () => {
    const names = (await listUnresolved(t.db)).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(["Kubernets", "Fortrex"]));
    expect(names).not.toContain("JS");
  });

  it("an alias for a seen name merges it in and recalculates the jobs that list the skill", async () => {
    const outcome = await apply(t.db, (tx) => addAlias(tx, "Kubernets", "Kubernetes"));
    expect(outcome.changed).toBe(true);
    expect(outcome.jobs.map((job) => job.id)).toEqual([await jobId(t.db, "j-k8s")]);
    expect((await heldSkills(t.db)).c).toEqual(["Fortrex", "Kubernetes (as Kubernets)"]);
    expect([...(await matchingsOf(t.db, await jobId(t.db, "j-k8s"))).keys()].sort()).toEqual(["a", "b", "c"]);
    expect((await listUnresolved(t.db)).map((entry) => entry.name)).not.toContain("Kubernets");
    const run = await t.db.matchingRun.findFirst({ where: { jobId: await jobId(t.db, "j-k8s") }, orderBy: { startedAt: "desc" } });
    expect(run?.trigger).toBe("taxonomy.changed");
  });

  it("does nothing the second time", async () => {
    const version = (await t.db.taxonomyState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const outcome = await apply(t.db, (tx) => addAlias(tx, "Kubernets", "Kubernetes"));
    expect(outcome).toMatchObject({ changed: false, jobs: [] });
    expect((await t.db.taxonomyState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version);
  });

  it("refuses look-alikes and cycles, and changes nothing then", async () => {
    const before = await heldSkills(t.db);
    await expect(apply(t.db, (tx) => addAlias(tx, "C", "C++"))).rejects.toMatchObject({ code: "LOOK_ALIKE" });
    await expect(apply(t.db, (tx) => mergeSkills(tx, "Java", "JavaScript"))).rejects.toMatchObject({ code: "LOOK_ALIKE" });
    await apply(t.db, (tx) => addImplication(tx, "Fortrex", "JavaScript"));
    await expect(apply(t.db, (tx) => addImplication(tx, "JavaScript", "Fortrex"))).rejects.toMatchObject({ code: "IMPLICATION_CYCLE" });
    await apply(t.db, (tx) => removeImplication(tx, "Fortrex", "JavaScript"));
    expect(await heldSkills(t.db)).toEqual(before);
  });

  it("unalias gives the people who wrote that spelling a skill of their own again", async () => {
    await apply(t.db, (tx) => removeAlias(tx, "Kubernets"));
    expect((await heldSkills(t.db)).c).toEqual(["Fortrex", "Kubernets"]);
    expect((await heldSkills(t.db)).a).toContain("Kubernetes (as k8s)");
  });

  it("merge moves candidates and jobs over and keeps what they wrote", async () => {
    await apply(t.db, (tx) => mergeSkills(tx, "Kubernets", "Kubernetes"));
    expect((await heldSkills(t.db)).c).toEqual(["Fortrex", "Kubernetes (as Kubernets)"]);
    expect(await t.db.skill.count({ where: { name: "Kubernets" } })).toBe(0);
  });
});

describe("implications through the operator's command", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await importData(t.db, {
      workspaces,
      candidates: [person("cobol", ["Fortrex"]), person("ts", ["TypeScript"])],
      jobs: [fixtureJob("j-legacy", { skills: ["Mainframe"] })],
    });
  });
  afterAll(() => t.close());

  it("makes the holders of the specific skill eligible for jobs asking the general one, and back", async () => {
    const job = await jobId(t.db, "j-legacy");
    await recalculateAllJobs(t.db, { trigger: "test" });
    expect((await matchingsOf(t.db, job)).size).toBe(0);
    const outcome = await apply(t.db, (tx) => addImplication(tx, "Fortrex", "Mainframe"));
    expect(outcome.jobs.map((entry) => entry.id)).toEqual([job]);
    expect([...(await matchingsOf(t.db, job)).keys()]).toEqual(["cobol"]);
    await apply(t.db, (tx) => removeImplication(tx, "Fortrex", "Mainframe"));
    expect((await matchingsOf(t.db, job)).size).toBe(0);
  });
});

describe("re-importing after a catalogue change", () => {
  const file = {
    workspaces,
    candidates: [person("r-1", ["Reactish", "Node"]), person("r-2", ["React"])],
    jobs: [fixtureJob("j-react", { skills: ["React"] })],
  };
  let before: TestDatabase;
  let after: TestDatabase;
  beforeAll(async () => {
    [before, after] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([before.close(), after.close()]);
  });

  it("gives the same data as importing the file fresh", async () => {
    await importData(before.db, file);
    await changeTaxonomy(before.db, (tx) => addAlias(tx, "Reactish", "React"));
    await importData(before.db, file);

    await importData(after.db, { workspaces, candidates: [], jobs: [] });
    await changeTaxonomy(after.db, (tx) => addAlias(tx, "Reactish", "React"));
    await importData(after.db, file);

    expect(await heldSkills(before.db)).toEqual(await heldSkills(after.db));
    expect((await heldSkills(after.db))["r-1"]).toContain("React (as Reactish)");
  });
});

describe("incremental matching when a candidate's skills change through an alias", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("re-matches the candidate and ranks them where the alias's skill is required", async () => {
    const file = (skills: string[]) => ({
      workspaces,
      candidates: [person("ops", skills)],
      jobs: [fixtureJob("j-k8s", { skills: ["Kubernetes"] })],
    });
    await importData(t.db, file(["Fortrex"]));
    await recalculateAllJobs(t.db, { trigger: "test" });
    const job = await jobId(t.db, "j-k8s");
    expect((await matchingsOf(t.db, job)).size).toBe(0);

    const summary = await importData(t.db, file(["k8s"]));
    expect(summary.changedCandidateIds).toHaveLength(1);
    const result = await matchCandidate(t.db, summary.changedCandidateIds[0]!, { trigger: "candidate.updated" });
    expect(result.rankedIn).toBe(1);
    const ranked = (await matchingsOf(t.db, job)).get("ops");
    expect(ranked?.rank).toBe(1);
    expect(ranked?.aiReason).toContain("Kubernetes (as k8s)");

    // Writing the name instead scores the same, but the explanation no longer quotes the alias.
    const again = await importData(t.db, file(["Kubernetes"]));
    expect(again.changedCandidateIds).toHaveLength(1);
    await matchCandidate(t.db, again.changedCandidateIds[0]!, { trigger: "candidate.updated" });
    const renamed = (await matchingsOf(t.db, job)).get("ops");
    expect(renamed?.matchScore).toBe(ranked?.matchScore);
    expect(renamed?.aiReason).not.toContain("as k8s");
  });
});
