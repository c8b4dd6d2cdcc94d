import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { recalculateJob } from "../../lib/matching";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, jobId, matchingsOf, seed, setStatus } from "../helpers/fixtures";

// Each test starts from 60 eligible candidates, c-060 best … c-001 worst, recalculated once.
let t: TestDatabase | undefined;
let job: string;
beforeEach(async () => {
  await t?.close();
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(60));
  job = await jobId(t.db);
  await recalculateJob(t.db, job, { trigger: "test" });
});
afterAll(() => t?.close());

const db = () => t!.db;
const recalculate = () => recalculateJob(db(), job, { trigger: "test" });

/** Gives a candidate failed tests and poor reviews so they fall to the bottom of the ranking. */
async function sink(externalId: string) {
  await seed(db(), [
    {
      ...eligibleCandidates(1, "c", Number(externalId.slice(2)))[0]!,
      technicalTests: [0, 0, 0].map((score) => ({ name: "TS", score, completedAt: "2026-02-01" })),
      feedbacks: Array.from({ length: 10 }, () => ({ rating: 1 })),
    },
  ]);
}

describe("a recruiter's decisions survive recalculation", () => {
  it("keeps the status of a candidate who stays in the top 50", async () => {
    await setStatus(db(), job, "c-055", "VIEWED");
    await setStatus(db(), job, "c-054", "CONTACTED");
    await recalculate();
    const rows = await matchingsOf(db(), job);
    expect(rows.get("c-055")).toMatchObject({ status: "VIEWED", rank: 6 });
    expect(rows.get("c-054")).toMatchObject({ status: "CONTACTED", rank: 7 });
  });

  it("never deletes or resets a REJECTED row, and gives its place to the next candidate", async () => {
    await setStatus(db(), job, "c-060", "REJECTED");
    await recalculate();
    const rows = await matchingsOf(db(), job);
    expect(rows.get("c-060")).toMatchObject({ status: "REJECTED", rank: null });
    const ranked = [...rows.values()].filter((row) => row.rank !== null);
    expect(ranked).toHaveLength(50);
    expect(rows.get("c-059")?.rank).toBe(1);
    expect(rows.get("c-010")?.rank).toBe(50); // moved in to take the freed place
  });

  it("keeps a REJECTED row even when the candidate stops being eligible", async () => {
    await setStatus(db(), job, "c-030", "REJECTED");
    await seed(db(), [{ externalId: "c-030", name: "Candidate 30", skills: ["Cobol"], domains: ["Gaming"] }]);
    await recalculate();
    const row = (await matchingsOf(db(), job)).get("c-030");
    expect(row).toMatchObject({ status: "REJECTED", rank: null });
    expect((row!.breakdown as { eligible: boolean }).eligible).toBe(false);
  });

  it("keeps a CONTACTED candidate who falls out of the top 50, unranked, with refreshed scores", async () => {
    await setStatus(db(), job, "c-040", "CONTACTED");
    const before = (await matchingsOf(db(), job)).get("c-040")!;
    await sink("c-040");
    await recalculate();
    const rows = await matchingsOf(db(), job);
    const after = rows.get("c-040")!;
    expect(after).toMatchObject({ status: "CONTACTED", rank: null });
    expect(after.matchScore).toBeLessThan(before.matchScore);
    expect([...rows.values()].filter((row) => row.rank !== null)).toHaveLength(50);
  });

  it("removes PENDING and VIEWED candidates who fall out; newcomers start PENDING", async () => {
    await setStatus(db(), job, "c-041", "VIEWED");
    await sink("c-041");
    await sink("c-042");
    await recalculate();
    const rows = await matchingsOf(db(), job);
    expect(rows.has("c-041")).toBe(false);
    expect(rows.has("c-042")).toBe(false);
    expect(rows.get("c-010")).toMatchObject({ status: "PENDING", rank: 49 });
    expect(rows.get("c-009")).toMatchObject({ status: "PENDING", rank: 50 });
  });
});
