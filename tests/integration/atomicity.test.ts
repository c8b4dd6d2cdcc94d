import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recalculateJob } from "../../lib/matching";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, jobId, matchingsOf, seed, setStatus } from "../helpers/fixtures";

let t: TestDatabase;
let job: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(70));
  job = await jobId(t.db);
  await recalculateJob(t.db, job, { trigger: "test" });
});
afterAll(() => t.close());

const snapshot = async () =>
  [...(await matchingsOf(t.db, job)).entries()].map(([candidate, row]) => ({
    candidate,
    rank: row.rank,
    status: row.status,
    score: row.matchScore,
  }));

describe("replacing a job's list", () => {
  it("leaves the previous list intact, statuses included, when the write fails halfway", async () => {
    await setStatus(t.db, job, "c-070", "CONTACTED");
    await setStatus(t.db, job, "c-069", "REJECTED");
    // Make the newcomers better than everyone so the failed write would have deleted rows first.
    await seed(t.db, eligibleCandidates(5, "new", 95));
    const before = await snapshot();
    // A real failure inside the database, after the DELETE and during the INSERT.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_insert BEFORE INSERT ON "CandidateMatching" FOR EACH ROW EXECUTE FUNCTION fail_insert()`,
    );
    await expect(recalculateJob(t.db, job, { trigger: "test" })).rejects.toThrow(/disk full/);
    expect(await snapshot()).toEqual(before);
    const failed = await t.db.matchingRun.findFirstOrThrow({ where: { jobId: job }, orderBy: { startedAt: "desc" } });
    expect(failed).toMatchObject({ status: "FAILED" });
    expect(failed.error).toMatch(/disk full/);

    await t.db.$executeRawUnsafe(`DROP TRIGGER fail_insert ON "CandidateMatching"`);
    await recalculateJob(t.db, job, { trigger: "test" });
    const rows = await matchingsOf(t.db, job);
    expect(rows.get("new-099")?.rank).toBe(1);
    expect(rows.get("c-070")?.status).toBe("CONTACTED");
    expect(rows.get("c-069")).toMatchObject({ status: "REJECTED", rank: null });
  });

  it("ends concurrent recalculations of one job in one consistent list, readers never seeing half of it", async () => {
    let reading = true;
    const seen = new Set<number>();
    const reader = (async () => {
      while (reading) seen.add(await t.db.candidateMatching.count({ where: { jobId: job, rank: { not: null } } }));
    })();
    const results = await Promise.all(Array.from({ length: 8 }, () => recalculateJob(t.db, job, { trigger: "test" })));
    reading = false;
    await reader;
    expect(results.every((result) => result.ranked === 50)).toBe(true);
    expect([...seen]).toEqual([50]);
    const rows = [...(await matchingsOf(t.db, job)).values()];
    const ranks = rows.flatMap((row) => (row.rank === null ? [] : [row.rank]));
    expect(ranks.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(rows.map((row) => row.candidateId)).size).toBe(rows.length);
  });
});
