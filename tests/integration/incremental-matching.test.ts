import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../lib/random/create-random";
import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";
import { matchCandidate, recalculateAllJobs, recalculateJob } from "../../lib/matching";
import { fixtureJob, seed, setStatus } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

type Candidate = {
  externalId: string;
  name: string;
  skills: string[];
  domains: string[];
  yearsOfExperience: number;
  technicalTests: { name: string; score: number; completedAt: string }[];
  feedbacks: { rating: number }[];
  badges: { name: string; awardedAt: string }[];
};

const SKILLS = ["TypeScript", "React", "Go", "Rust", "SQL", "Python"];
const DOMAINS = ["Fintech", "Health", "Energy"];
const random = createRandom(7);

/** 90 candidates, most eligible for the broad jobs, so their top 50 is full and has a tail below it. */
const population: Candidate[] = Array.from({ length: 90 }, (_, i) => ({
  externalId: `p-${String(i + 1).padStart(3, "0")}`,
  name: `P ${i + 1}`,
  skills: SKILLS.filter(() => random.next() < 0.45).concat(random.pick(SKILLS)),
  domains: DOMAINS.filter(() => random.next() < 0.4).concat(random.pick(DOMAINS)),
  yearsOfExperience: random.int(0, 12),
  technicalTests: Array.from({ length: random.int(0, 3) }, () => ({ name: "T", score: random.int(20, 100), completedAt: "2025-06-01" })),
  feedbacks: Array.from({ length: random.int(0, 3) }, () => ({ rating: random.int(1, 5) })),
  badges: [],
}));
const jobs = [
  fixtureJob("broad", { skills: ["TypeScript", "Go", "SQL"], domains: ["Fintech", "Health", "Energy"], minYearsExperience: 3 }),
  fixtureJob("rust", { skills: ["Rust"], domains: ["Energy"], workspace: "beta" }),
  fixtureJob("web", { skills: ["React", "TypeScript"], domains: ["Fintech", "Health"], niceToHaveSkills: ["SQL"] }),
  fixtureJob("closed", { status: "CLOSED" }),
];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, population, jobs);
  await recalculateAllJobs(t.db, { trigger: "test" });
});
afterAll(() => t.close());

/** Every stored row, as a recruiter would compare them. */
async function snapshot(db: Db) {
  const rows = await db.candidateMatching.findMany({
    select: {
      job: { select: { externalId: true } },
      candidate: { select: { externalId: true } },
      rank: true,
      status: true,
      matchScore: true,
      skillsMatch: true,
      aiReason: true,
    },
    orderBy: [{ job: { externalId: "asc" } }, { candidate: { externalId: "asc" } }],
  });
  return rows.map(
    (row) =>
      `${row.job.externalId} ${row.candidate.externalId} rank=${row.rank} ` +
      `${row.status} ${row.matchScore} ${row.skillsMatch} ${row.aiReason}`,
  );
}

/** Re-imports the candidate as changed; returns the ids the import reports as changed. */
async function change(candidate: Candidate): Promise<string[]> {
  return (await importData(t.db, { candidates: [candidate] })).changedCandidateIds;
}

const changes: ((c: Candidate) => void)[] = [
  (c) => c.skills.push(random.pick(SKILLS)),
  (c) => c.technicalTests.push({ name: "T", score: 100, completedAt: "2025-09-01" }),
  (c) => c.badges.push({ name: "Gold", awardedAt: "2025-10-01" }),
  (c) => c.domains.length > 1 && c.domains.shift(),
  (c) => c.feedbacks.push({ rating: 1 }, { rating: 1 }, { rating: 1 }),
  (c) => (c.skills = ["Cobol"]),
  (c) => (c.yearsOfExperience = random.int(0, 15)),
];

describe("incremental matching of one candidate", () => {
  it("gives exactly the lists a full recalculation gives, over many random changes, statuses included", async () => {
    const jobId = async (externalId: string) => (await t.db.job.findUniqueOrThrow({ where: { externalId } })).id;
    const broad = await jobId("broad");
    const ranked = await t.db.candidateMatching.findMany({
      where: { jobId: broad, rank: { not: null } },
      include: { candidate: true },
      orderBy: { rank: "asc" },
    });
    expect(ranked).toHaveLength(50);
    await setStatus(t.db, broad, ranked[0]!.candidate.externalId!, "REJECTED");
    await setStatus(t.db, broad, ranked[1]!.candidate.externalId!, "CONTACTED");
    await setStatus(t.db, broad, ranked[48]!.candidate.externalId!, "CONTACTED");
    await setStatus(t.db, broad, ranked[2]!.candidate.externalId!, "VIEWED");
    await recalculateAllJobs(t.db, { trigger: "test" });

    let fullRecalculations = 0;
    let newcomers = 0;
    for (let step = 0; step < 30; step++) {
      let candidate: Candidate;
      if (step % 6 === 5) {
        candidate = {
          ...structuredClone(population[0]!),
          externalId: `new-${step}`,
          name: `New ${step}`,
          technicalTests: [{ name: "T", score: random.int(60, 100), completedAt: "2025-01-01" }],
        };
        population.push(candidate);
        newcomers++;
      } else {
        candidate = random.pick(population);
        random.pick(changes)(candidate);
      }
      const changed = await change(candidate);
      for (const id of changed) {
        const result = await matchCandidate(t.db, id, { trigger: "test" });
        fullRecalculations += result.fullRecalculations.length;
      }
      const incremental = await snapshot(t.db);
      await recalculateAllJobs(t.db, { trigger: "test" });
      expect(incremental, `after change ${step + 1} (${candidate.externalId})`).toEqual(await snapshot(t.db));
    }
    expect(newcomers).toBeGreaterThan(0);
    // The random walk covered the hard case: a candidate leaving a full top 50.
    expect(fullRecalculations).toBeGreaterThan(0);
  });

  it("never ranks a REJECTED candidate, and keeps a CONTACTED one unranked when they fall out", async () => {
    const web = (await t.db.job.findUniqueOrThrow({ where: { externalId: "web" } })).id;
    const rows = await t.db.candidateMatching.findMany({
      where: { jobId: web, rank: { not: null } },
      include: { candidate: true },
      orderBy: { rank: "asc" },
    });
    const rejected = rows[rows.length - 1]!.candidate;
    const contacted = rows[0]!.candidate;
    await setStatus(t.db, web, rejected.externalId!, "REJECTED");
    await setStatus(t.db, web, contacted.externalId!, "CONTACTED");
    await recalculateJob(t.db, web, { trigger: "test" });

    const best = population.find((c) => c.externalId === rejected.externalId)!;
    best.technicalTests.push(...[1, 2, 3].map(() => ({ name: "T", score: 100, completedAt: "2025-11-01" })));
    best.badges.push({ name: "A", awardedAt: "2025-01-01" }, { name: "B", awardedAt: "2025-01-01" });
    await change(best);
    await matchCandidate(t.db, rejected.id, { trigger: "test" });
    const worst = population.find((c) => c.externalId === contacted.externalId)!;
    worst.skills = ["Cobol"];
    await change(worst);
    await matchCandidate(t.db, contacted.id, { trigger: "test" });

    const after = await t.db.candidateMatching.findMany({ where: { jobId: web, candidateId: { in: [rejected.id, contacted.id] } } });
    expect(after.find((row) => row.candidateId === rejected.id)).toMatchObject({ status: "REJECTED", rank: null });
    const stillContacted = after.find((row) => row.candidateId === contacted.id)!;
    expect(stillContacted).toMatchObject({ status: "CONTACTED", rank: null });
    expect((stillContacted.breakdown as { eligible: boolean }).eligible).toBe(false);
  });

  it("records a CANDIDATE run, and leaves every list as it was when a write fails halfway", async () => {
    const target = population[3]!;
    target.technicalTests.push(...[1, 2, 3, 4].map(() => ({ name: "T", score: 100, completedAt: "2025-11-02" })));
    const [id] = await change(target);
    const before = await snapshot(t.db);
    await t.db.$executeRawUnsafe(
      `CREATE FUNCTION fail_upsert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`,
    );
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_upsert BEFORE INSERT ON "CandidateMatching" FOR EACH ROW EXECUTE FUNCTION fail_upsert()`,
    );
    await expect(matchCandidate(t.db, id!, { trigger: "test" })).rejects.toThrow(/disk full/);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.matchingRun.findFirstOrThrow({ where: { candidateId: id! }, orderBy: { startedAt: "desc" } })).toMatchObject({
      scope: "CANDIDATE",
      status: "FAILED",
    });

    await t.db.$executeRawUnsafe(`DROP TRIGGER fail_upsert ON "CandidateMatching"`);
    const result = await matchCandidate(t.db, id!, { trigger: "candidate.updated" });
    expect(result.rankedIn).toBeGreaterThan(0);
    expect(await t.db.matchingRun.findFirstOrThrow({ where: { candidateId: id! }, orderBy: { startedAt: "desc" } })).toMatchObject({
      scope: "CANDIDATE",
      trigger: "candidate.updated",
      status: "SUCCEEDED",
      jobsProcessed: result.jobsConsidered,
    });
    const incremental = await snapshot(t.db);
    await recalculateAllJobs(t.db, { trigger: "test" });
    expect(incremental).toEqual(await snapshot(t.db));
  });

  it("refuses a candidate that does not exist, naming it", async () => {
    await expect(matchCandidate(t.db, "00000000-0000-4000-8000-000000000000", { trigger: "test" })).rejects.toMatchObject({
      code: "CANDIDATE_NOT_FOUND",
      message: expect.stringContaining("00000000-0000-4000-8000-000000000000"),
    });
  });

  it("reports only created or changed candidates from an import", async () => {
    const same = population[5]!;
    expect(await change(same)).toEqual([]);
    same.badges.push({ name: "New", awardedAt: "2025-03-03" });
    expect(await change(same)).toHaveLength(1);
  });
});
