import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MatchingError, recalculateAllJobs, recalculateJob } from "../../lib/matching";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(
    t.db,
    [
      ...eligibleCandidates(60),
      ...["r-1", "r-2", "r-3"].map((externalId) => ({ externalId, name: externalId, skills: ["React"], domains: ["Fintech"] })),
      {
        externalId: "x-domain",
        name: "Wrong domain",
        skills: ["TypeScript", "React"],
        domains: ["Gaming"],
        technicalTests: [{ name: "TS", score: 100, completedAt: "2026-01-01" }],
      },
      {
        externalId: "x-skill",
        name: "Wrong skills",
        skills: ["Cobol"],
        domains: ["Fintech"],
        technicalTests: [{ name: "TS", score: 100, completedAt: "2026-01-01" }],
      },
    ],
    [
      fixtureJob("j-1"),
      fixtureJob("j-few", { workspace: "beta", skills: ["React"], title: "React developer" }),
      fixtureJob("j-draft", { status: "DRAFT" }),
      fixtureJob("j-closed", { status: "CLOSED" }),
    ],
  );
});
afterAll(() => t.close());

describe("recalculating every active job", () => {
  it("keeps the 50 best eligible candidates of each active job, ranked 1..50, and no others", async () => {
    const result = await recalculateAllJobs(t.db, { trigger: "test" });
    expect(result.failures).toEqual([]);
    expect(result.jobs.map((job) => job.externalId).sort()).toEqual(["j-1", "j-few"]);

    const rows = await matchingsOf(t.db, await jobId(t.db, "j-1"));
    expect(rows.size).toBe(50);
    expect([...rows.values()].map((row) => row.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Test score rises with the index, so c-060 … c-011 are the 50 best; c-001 … c-010 are out.
    expect(rows.get("c-060")?.rank).toBe(1);
    expect(rows.has("c-010")).toBe(false);
    expect(rows.has("x-domain") || rows.has("x-skill")).toBe(false);
    const scores = [...rows.values()].map((row) => row.matchScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.jobs.find((job) => job.externalId === "j-1")?.eligibleCandidates).toBe(63);
  });

  it("keeps min(50, eligible) when fewer are eligible, and never matches DRAFT or CLOSED jobs", async () => {
    const few = await matchingsOf(t.db, await jobId(t.db, "j-few"));
    expect([...few.keys()].sort()).toEqual(["r-1", "r-2", "r-3"]); // x-domain has React but not the domain
    expect(await t.db.candidateMatching.count({ where: { job: { status: { not: "ACTIVE" } } } })).toBe(0);
  });

  it("stores percentages, the full breakdown and an explanation built from the evidence", async () => {
    const top = (await matchingsOf(t.db, await jobId(t.db, "j-1"))).get("c-060")!;
    expect(top.domainMatch).toBe(100);
    expect(top.skillsMatch).toBeCloseTo(47.5); // one of two required skills, no nice-to-have listed
    expect(Object.keys(top.breakdown as object)).toEqual(expect.arrayContaining(["criteria", "evidence", "matchScore"]));
    expect(top.aiReason).toContain("Has 1 of 2 required skills (TypeScript), missing React");
    expect(top.aiReason).toContain("works in Fintech");
    expect(top.aiReason).toContain("Technical tests average 60/100 over 1 test.");
  });

  it("records the run and one child run per job", async () => {
    const runs = await t.db.matchingRun.findMany({ where: { trigger: "test" } });
    const parent = runs.find((run) => run.scope === "ALL")!;
    expect(parent).toMatchObject({ status: "SUCCEEDED", jobsProcessed: 2 });
    expect(parent.finishedAt).not.toBeNull();
    const children = runs.filter((run) => run.parentId === parent.id);
    expect(children).toHaveLength(2);
    expect(children.every((run) => run.status === "SUCCEEDED" && run.workspaceId !== null)).toBe(true);
  });
});

describe("recalculating one job", () => {
  it("gives exactly the list the all-jobs run gave", async () => {
    const id = await jobId(t.db, "j-1");
    const before = [...(await matchingsOf(t.db, id)).entries()].map(([key, row]) => [key, row.rank, row.matchScore]);
    const result = await recalculateJob(t.db, id, { trigger: "test-one" });
    expect(result).toMatchObject({ eligibleCandidates: 63, ranked: 50, removed: 0 });
    const after = [...(await matchingsOf(t.db, id)).entries()].map(([key, row]) => [key, row.rank, row.matchScore]);
    expect(after).toEqual(before);
  });

  it("includes a candidate who joined since the last run", async () => {
    await seed(t.db, eligibleCandidates(1, "new", 99));
    await recalculateJob(t.db, await jobId(t.db, "j-1"), { trigger: "test" });
    expect((await matchingsOf(t.db, await jobId(t.db, "j-1"))).get("new-099")?.rank).toBe(1);
  });

  it("refuses a job that is not ACTIVE, missing, or of another workspace, without touching anything", async () => {
    const draft = await jobId(t.db, "j-draft");
    await expect(recalculateJob(t.db, draft, { trigger: "test" })).rejects.toMatchObject({ code: "JOB_NOT_ACTIVE" });
    await expect(recalculateJob(t.db, "00000000-0000-4000-8000-000000000000", { trigger: "test" })).rejects.toBeInstanceOf(MatchingError);
    const beta = await t.db.workspace.findUniqueOrThrow({ where: { slug: "beta" } });
    await expect(recalculateJob(t.db, await jobId(t.db, "j-1"), { trigger: "test", workspaceId: beta.id })).rejects.toMatchObject({
      code: "JOB_NOT_FOUND",
    });
  });
});
