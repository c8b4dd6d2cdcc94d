import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recalculateAllJobs } from "../../lib/matching";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed, setStatus } from "../helpers/fixtures";

// The all-jobs run saves jobs in groups, one transaction each: these jobs all fall in one group.
let t: TestDatabase;
let jobs: Record<string, string>;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(
    t.db,
    eligibleCandidates(60),
    ["j-1", "j-2", "j-3"].map((id) => fixtureJob(id, { title: `Engineer ${id}` })),
  );
  jobs = Object.fromEntries(await Promise.all(["j-1", "j-2", "j-3"].map(async (id) => [id, await jobId(t.db, id)])));
  await recalculateAllJobs(t.db, { trigger: "first" });
});
afterAll(() => t.close());

const listOf = async (externalId: string) =>
  [...(await matchingsOf(t.db, jobs[externalId]!)).entries()].map(([candidate, row]) => ({
    candidate,
    rank: row.rank,
    status: row.status,
    score: row.matchScore,
  }));

describe("saving jobs in groups", () => {
  it("fails only the job whose write fails: the others of its group are saved, its list stays as it was", async () => {
    await setStatus(t.db, jobs["j-2"]!, "c-060", "REJECTED");
    await setStatus(t.db, jobs["j-2"]!, "c-059", "CONTACTED");
    // Newcomers better than everyone, so every list changes.
    await seed(t.db, eligibleCandidates(3, "new", 97), []);
    const before = await listOf("j-2");
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_one_job() RETURNS trigger AS $$
      BEGIN IF NEW."jobId" = '${jobs["j-2"]}' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_one_job BEFORE INSERT ON "CandidateMatching" FOR EACH ROW EXECUTE FUNCTION fail_one_job()`,
    );
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const result = await recalculateAllJobs(t.db, { trigger: "grouped" });
      expect(result.failures.map((failure) => failure.externalId)).toEqual(["j-2"]);
      expect(result.failures[0]!.error).toMatch(/disk full/);
      expect(result.jobs.map((job) => job.externalId).sort()).toEqual(["j-1", "j-3"]);
      // Why the group failed, and which jobs it held, is told before they are retried one by one.
      expect(warn).toHaveBeenCalledTimes(1);
      const [message, cause] = warn.mock.calls[0]!;
      expect(message).toMatch(/^\[recalculate\] saving a group of 3 jobs failed/);
      for (const id of Object.values(jobs)) expect(message).toContain(id);
      expect(String(cause)).toMatch(/disk full/);
    } finally {
      warn.mockRestore();
      await t.db.$executeRawUnsafe(`DROP TRIGGER fail_one_job ON "CandidateMatching"`);
    }
    expect(await listOf("j-2")).toEqual(before);
    for (const id of ["j-1", "j-3"]) {
      const rows = await matchingsOf(t.db, jobs[id]!);
      expect(rows.get("new-099")?.rank).toBe(1);
      expect([...rows.values()].filter((row) => row.rank !== null)).toHaveLength(50);
    }

    const runs = await t.db.matchingRun.findMany({ where: { trigger: "grouped", scope: "JOB" } });
    const statusOf = (id: string) => runs.filter((run) => run.jobId === jobs[id]).map((run) => run.status);
    expect(statusOf("j-1")).toEqual(["SUCCEEDED"]);
    expect(statusOf("j-3")).toEqual(["SUCCEEDED"]);
    expect(statusOf("j-2")).toEqual(["FAILED"]);
  });

  it("keeps every recruiter decision when a group is saved together", async () => {
    const result = await recalculateAllJobs(t.db, { trigger: "again" });
    expect(result.failures).toEqual([]);
    const j2 = await matchingsOf(t.db, jobs["j-2"]!);
    expect(j2.get("c-060")).toMatchObject({ status: "REJECTED", rank: null });
    expect(j2.get("c-059")?.status).toBe("CONTACTED");
    expect(j2.get("new-099")?.rank).toBe(1);
    const runs = await t.db.matchingRun.findMany({ where: { trigger: "again", scope: "JOB" } });
    expect(runs).toHaveLength(3);
    expect(
      runs.every(
        (run) => run.status === "SUCCEEDED" && run.finishedAt !== null && run.matchingsWritten === 50 && run.candidatesConsidered === 63,
      ),
    ).toBe(true);
  });
});
