import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { productionDatabase } from "../helpers/production-database";

// The function opens the database as in production, from DATABASE_URL: point it at a fresh one
// and load the modules after that.
let db: Db;
let close: () => Promise<void>;
let matchCandidateProfile: typeof import("../../inngest/match-candidate-profile").matchCandidateProfile;
let recalculateAllJobs: typeof import("../../lib/matching").recalculateAllJobs;

beforeAll(async () => {
  ({ db, close } = await productionDatabase("inngest-candidate"));
  ({ matchCandidateProfile } = await import("../../inngest/match-candidate-profile"));
  ({ recalculateAllJobs } = await import("../../lib/matching"));
  // 60 eligible candidates: the two jobs' top 50 are full, c-060 best.
  await seed(db, eligibleCandidates(60), [fixtureJob("j-a"), fixtureJob("j-b", { workspace: "beta" })]);
  await recalculateAllJobs(db, { trigger: "test" });
});
afterAll(async () => {
  await close();
});

const run = (data: Record<string, unknown>, steps: ConstructorParameters<typeof InngestTestEngine>[0]["steps"] = []) =>
  new InngestTestEngine({ function: matchCandidateProfile, events: [{ name: "candidate/profile.updated", data }], steps }).execute();

const candidateId = async (externalId: string) => (await db.candidate.findUniqueOrThrow({ where: { externalId } })).id;

describe("match-candidate-profile", () => {
  it("ranks a new candidate in every job they now belong to, within the run, and records it", async () => {
    await seed(db, eligibleCandidates(1, "new", 99), []);
    const id = await candidateId("new-099");
    const { result } = await run({ candidateId: id, reason: "created" });
    expect(result).toMatchObject({ candidateId: id, jobsConsidered: 2, jobsChanged: 2, rankedIn: 2, jobsRecalculationRequested: 0 });
    for (const job of ["j-a", "j-b"]) {
      const rows = await matchingsOf(db, await jobId(db, job));
      expect(rows.get("new-099")).toMatchObject({ rank: 1, status: "PENDING" });
      expect([...rows.values()].filter((row) => row.rank !== null)).toHaveLength(50);
      expect(rows.has("c-011")).toBe(false); // displaced from #50
    }
    expect(await db.matchingRun.findFirstOrThrow({ where: { candidateId: id } })).toMatchObject({
      scope: "CANDIDATE",
      trigger: "candidate.updated",
      status: "SUCCEEDED",
    });
    expect(matchCandidateProfile.opts.retries).toBe(3);
    expect(matchCandidateProfile.opts.concurrency).toEqual({ key: "event.data.candidateId", limit: 1 });
  });

  it("asks for a job's full recalculation when the candidate leaves its full top 50", async () => {
    const id = await candidateId("c-060");
    await seed(db, [{ externalId: "c-060", name: "Candidate 60", skills: ["Cobol"], domains: ["Gaming"] }], []);
    const { result, ctx } = await run({ candidateId: id }, [{ id: "recalculate-jobs-1", handler: () => ({ ids: ["a", "b"] }) }]);
    expect(result).toMatchObject({ candidateId: id, jobsConsidered: 2, jobsRecalculationRequested: 2 });
    const [stepId, events] = ctx.step.sendEvent.mock.calls[0]!;
    expect(stepId).toBe("recalculate-jobs-1");
    const jobs = await db.job.findMany({ where: { status: "ACTIVE" }, select: { id: true, workspaceId: true } });
    expect(events).toEqual(
      expect.arrayContaining(
        jobs.map((job) =>
          expect.objectContaining({
            name: "gig/ranking.recalculate",
            data: { gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "candidate.updated" },
          }),
        ),
      ),
    );
  });

  it("ends without retrying for a candidate that does not exist, and refuses a malformed event", async () => {
    const missing = await run({ candidateId: "00000000-0000-4000-8000-000000000000" });
    expect(missing.error).toMatchObject({ name: "NonRetriableError" });
    expect((missing.error as Error).message).toContain("does not exist");
    const malformed = await run({ candidateId: "not-a-uuid" });
    expect(String((malformed.error as Error).message)).toMatch(/candidateId/);
  });
});
