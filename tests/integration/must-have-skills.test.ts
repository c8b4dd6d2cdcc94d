import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../lib/catalog/load-catalog";
import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";
import { matchCandidate, recalculateAllJobs, recalculateJob } from "../../lib/matching";
import { findCandidateJobIds } from "../../lib/matching/find-candidate-jobs";
import { findContenders } from "../../lib/matching/find-contenders";
import { findEligibleCandidateIds } from "../../lib/matching/find-eligible";
import { loadCandidateFeatures } from "../../lib/matching/load-candidates";
import { loadJobs } from "../../lib/matching/load-jobs";
import { fixtureJob, jobId, seed, setStatus } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Must-have skills and a minimum share of required skills, on every path that finds eligible
// candidates: the single job (contenders), the full recalculation (the pool's fast path), one
// candidate's jobs (incremental matching), and the two index queries. The shipped taxonomy has
// PostgreSQL imply SQL and Next.js imply React.
const person = (externalId: string, skills: string[], testScore = 50) => ({
  externalId,
  name: externalId,
  skills,
  domains: ["Fintech"],
  technicalTests: [{ name: "T", score: testScore, completedAt: "2026-01-01" }],
});
const REQUIRED = ["SQL", "React", "Kafka", "Docker"];
const people = [
  person("c-full", ["SQL", "React", "Kafka", "Docker"]),
  person("c-pg", ["Postgres", "React"]), // SQL implied: 2 of 4, half
  person("c-next", ["Next.js", "PostgreSQL", "Kafka"]), // SQL and React implied: 3 of 4
  person("c-nosql", ["React", "Kafka", "Docker"], 100), // the best record, without the must-have
  person("c-one", ["SQL"]), // the must-have, but 1 of 4
];
// 70 who hold both skills of "many" and 80 better ones who lack its must-have, Rust.
const many = [
  ...Array.from({ length: 70 }, (_, i) => person(`k-${String(i).padStart(3, "0")}`, ["Go", "Rust"], i)),
  ...Array.from({ length: 80 }, (_, i) => person(`g-${String(i).padStart(3, "0")}`, ["Go"], 100)),
];
const jobs = [
  fixtureJob("must", { skills: [{ name: "sql", mustHave: true }, ...REQUIRED.slice(1)], minSkillsCoverage: 50, minYearsExperience: 0 }),
  fixtureJob("open", { skills: REQUIRED, minYearsExperience: 0 }),
  fixtureJob("many", { skills: ["Go", { name: "Rust", mustHave: true }], minYearsExperience: 0 }),
];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, [...people, ...many], jobs);
});
afterAll(() => t.close());

/** Each job's ranked list and its kept rows: externalId, rank, status, score, stored coverage. */
async function lists(db: Db) {
  const rows = await db.candidateMatching.findMany({
    select: {
      job: { select: { externalId: true } },
      candidate: { select: { externalId: true } },
      rank: true,
      status: true,
      matchScore: true,
      requiredCoverage: true,
    },
    orderBy: [{ job: { externalId: "asc" } }, { rank: { sort: "asc", nulls: "last" } }, { candidate: { externalId: "asc" } }],
  });
  return rows.map(
    (row) => `${row.job.externalId} ${row.candidate.externalId} ${row.rank} ${row.status} ${row.matchScore} ${row.requiredCoverage}`,
  );
}
const ranked = async (externalId: string) =>
  (
    await t.db.candidateMatching.findMany({
      where: { job: { externalId }, rank: { not: null } },
      orderBy: { rank: "asc" },
      select: { candidate: { select: { externalId: true } } },
    })
  ).map((row) => row.candidate.externalId!);
const idOf = async (externalId: string) => (await t.db.candidate.findUniqueOrThrow({ where: { externalId } })).id;

describe("must-have skills and a minimum share of required skills", () => {
  it("stores them from the import", async () => {
    const stored = await t.db.job.findUniqueOrThrow({ where: { externalId: "must" }, include: { skills: { include: { skill: true } } } });
    expect(stored.minSkillsCoverage).toBe(50);
    expect(stored.skills.filter((skill) => skill.mustHave).map((skill) => [skill.skill.name, skill.spelling])).toEqual([["SQL", null]]);
  });

  it("ranks only holders of all must-haves and the minimum share (implied skills count) in full and one-job recalculations", async () => {
    await recalculateAllJobs(t.db, { trigger: "test" });
    const all = await lists(t.db);
    expect((await ranked("must")).sort()).toEqual(["c-full", "c-next", "c-pg"]);
    expect((await ranked("open")).sort()).toEqual(["c-full", "c-next", "c-nosql", "c-one", "c-pg"]);
    const many = await ranked("many");
    // 80 better-scored candidates lack the must-have: the top is still full, of those who hold it.
    expect(many).toHaveLength(50);
    expect(many.every((externalId) => externalId.startsWith("k-"))).toBe(true);
    expect(many[0]).toBe("k-069");

    const coverage = new Map(
      (
        await t.db.candidateMatching.findMany({
          where: { job: { externalId: "must" } },
          select: { candidate: { select: { externalId: true } }, requiredCoverage: true },
        })
      ).map((row) => [row.candidate.externalId, row.requiredCoverage]),
    );
    expect(Object.fromEntries(coverage)).toEqual({ "c-full": 100, "c-pg": 50, "c-next": 75 });

    await t.db.candidateMatching.deleteMany();
    for (const externalId of ["must", "open", "many"]) {
      const result = await recalculateJob(t.db, await jobId(t.db, externalId), { trigger: "test" });
      expect(result.eligibleCandidates).toBe({ must: 3, open: 5, many: 70 }[externalId]);
    }
    expect(await lists(t.db)).toEqual(all);
  });

  it("finds the same eligible candidates with the index queries and the contenders query", async () => {
    const loaded = await loadJobs(t.db, await loadCatalog(t.db), { status: "ACTIVE" });
    const job = loaded.find((entry) => entry.externalId === "must")!.features;
    const expected = (await Promise.all(["c-full", "c-pg", "c-next"].map(idOf))).sort();
    expect((await findEligibleCandidateIds(t.db, job)).sort()).toEqual(expected);
    const { eligible, contenders } = await findContenders(t.db, job, { k: 60, responders: [], asOf: new Date() });
    expect(eligible).toBe(3);
    expect(contenders.map((contender) => contender.id).sort()).toEqual(expected);

    const jobsOf = async (externalId: string) => {
      const features = (await loadCandidateFeatures(t.db, [await idOf(externalId)], new Date())).get(await idOf(externalId))!;
      const ids = await findCandidateJobIds(t.db, features);
      return loaded
        .filter((entry) => ids.includes(entry.id))
        .map((entry) => entry.externalId)
        .sort();
    };
    await t.db.candidateMatching.deleteMany();
    expect(await jobsOf("c-pg")).toEqual(["must", "open"]);
    expect(await jobsOf("c-nosql")).toEqual(["open"]);
    expect(await jobsOf("c-one")).toEqual(["open"]);
    expect(await jobsOf("g-000")).toEqual([]);
  });

  it("gives the same lists when each candidate is matched on their own (incremental matching)", async () => {
    await recalculateAllJobs(t.db, { trigger: "test" });
    const full = (await lists(t.db)).filter((row) => !row.startsWith("many "));
    await t.db.candidateMatching.deleteMany();
    for (const { externalId } of people) await matchCandidate(t.db, await idOf(externalId), { trigger: "test" });
    expect((await lists(t.db)).filter((row) => !row.startsWith("many "))).toEqual(full);
  });

  it("keeps a contacted candidate who no longer meets a new must-have, rescored and unranked", async () => {
    await recalculateAllJobs(t.db, { trigger: "test" });
    const must = await jobId(t.db, "must");
    await setStatus(t.db, must, "c-pg", "CONTACTED");
    await importData(t.db, {
      jobs: [{ ...jobs[0]!, skills: [{ name: "SQL", mustHave: true }, "React", { name: "Kafka", mustHave: true }, "Docker"] }],
    });
    await recalculateJob(t.db, must, { trigger: "test" });
    expect(await ranked("must")).toEqual(["c-full", "c-next"]);
    const kept = () => t.db.candidateMatching.findFirstOrThrow({ where: { jobId: must, candidate: { externalId: "c-pg" } } });
    expect(await kept()).toMatchObject({ status: "CONTACTED", rank: null, requiredCoverage: 50 });
    await matchCandidate(t.db, await idOf("c-pg"), { trigger: "test" });
    expect(await kept()).toMatchObject({ status: "CONTACTED", rank: null });
    expect(await ranked("must")).toEqual(["c-full", "c-next"]);
  });
});
