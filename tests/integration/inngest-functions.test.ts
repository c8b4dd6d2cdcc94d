import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { startEventListener } from "../helpers/event-listener";
import { productionDatabase } from "../helpers/production-database";
import { startFakeGemini, type FakeGemini } from "../helpers/fake-gemini";

// The functions open the database as in production, from DATABASE_URL: point it at a fresh one
// and load the modules after that.
let db: Db;
let fake: FakeGemini;
let listener: Awaited<ReturnType<typeof startEventListener>>;
let close: () => Promise<void>;
let recalculateGigRanking: typeof import("../../inngest/recalculate-gig-ranking").recalculateGigRanking;
let generateMatchingsDaily: typeof import("../../inngest/generate-matchings-daily").generateMatchingsDaily;

beforeAll(async () => {
  fake = await startFakeGemini();
  listener = await startEventListener();
  // Gemini and Inngest's event API as configured in production, at local stand-ins (real SDKs, real HTTP).
  ({ db, close } = await productionDatabase("inngest", {
    GEMINI_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    GEMINI_MAX_RETRIES: "1",
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_BASE_URL: listener.url,
  }));
  ({ recalculateGigRanking } = await import("../../inngest/recalculate-gig-ranking"));
  ({ generateMatchingsDaily } = await import("../../inngest/generate-matchings-daily"));
  await seed(db, eligibleCandidates(55), [
    fixtureJob("j-a"),
    fixtureJob("j-b", { workspace: "beta" }),
    fixtureJob("j-draft", { status: "DRAFT" }),
    fixtureJob("j-closed", { status: "CLOSED" }),
  ]);
});
afterAll(async () => {
  await fake.close();
  await listener.close();
  await close();
});

const t = {
  get db() {
    return db;
  },
};

const recalculation = (data: Record<string, unknown>) =>
  new InngestTestEngine({ function: recalculateGigRanking, events: [{ name: "gig/ranking.recalculate", data }] });

describe("generate-matchings-daily", () => {
  it("fans out one gig/ranking.recalculate event per ACTIVE job and none for DRAFT or CLOSED", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: generateMatchingsDaily }).execute();
    expect(result).toEqual({ jobsFannedOut: 2, pages: 1 });
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(["fan-out-1"]);
    const active = await t.db.job.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, workspaceId: true },
      orderBy: { id: "asc" },
    });
    expect(listener.paths).toEqual(["POST /e/test-event-key"]);
    expect(listener.events).toEqual(
      active.map((job) => ({
        name: "gig/ranking.recalculate",
        data: { gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "cron" },
        // The same id when a retried step sends again, so Inngest drops the repeat.
        id: expect.stringMatching(new RegExp(`^nightly-.+-${job.id}$`)),
        ts: expect.any(Number),
      })),
    );
  });
});

describe("recalculate-gig-ranking", () => {
  it("recalculates the job and returns its counts", async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-a" } });
    const { result } = await recalculation({ gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "manual" }).execute();
    expect(result).toMatchObject({ gigId: job.id, candidatesRanked: 55, matchingsWritten: 50 });
    expect((result as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
    expect((await matchingsOf(t.db, job.id)).size).toBe(50);
    const run = await t.db.matchingRun.findFirstOrThrow({ where: { jobId: job.id }, orderBy: { startedAt: "desc" } });
    expect(run).toMatchObject({ trigger: "manual", status: "SUCCEEDED", matchingsWritten: 50 });
  });

  it("ends without retrying, and says why, for a missing job, a DRAFT job or another workspace's job", async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-a" } });
    const beta = await t.db.workspace.findUniqueOrThrow({ where: { slug: "beta" } });
    const cases = [
      { gigId: "00000000-0000-4000-8000-000000000000", workspaceId: job.workspaceId },
      { gigId: await jobId(t.db, "j-draft"), workspaceId: job.workspaceId },
      { gigId: job.id, workspaceId: beta.id },
    ];
    for (const data of cases) {
      const { error } = await recalculation(data).execute();
      expect(error).toMatchObject({ name: "NonRetriableError" });
      expect((error as Error).message).toMatch(/does not exist|only ACTIVE jobs are matched/);
    }
  });

  it("lets a failing step fail retriably (a plain error, with 3 retries configured), and the retry succeeds", async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-b" } });
    const data = { gigId: job.id, workspaceId: job.workspaceId };
    // A real, passing database failure: writes to the matchings fail until the trigger goes.
    await t.db.$executeRawUnsafe(
      `CREATE FUNCTION fail_write() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'connection reset (simulated)'; END $$ LANGUAGE plpgsql`,
    );
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_write BEFORE INSERT ON "CandidateMatching" FOR EACH ROW EXECUTE FUNCTION fail_write()`,
    );
    const first = await recalculation(data).execute();
    expect((first.error as Error).name).not.toBe("NonRetriableError");
    expect((first.error as Error).message).toContain("connection reset (simulated)");
    expect(recalculateGigRanking.opts.retries).toBe(3);

    await t.db.$executeRawUnsafe(`DROP TRIGGER fail_write ON "CandidateMatching"`);
    const retry = await recalculation(data).execute();
    expect(retry.result).toMatchObject({ gigId: job.id, matchingsWritten: 50 });
  });
});

describe("recalculate-gig-ranking: explanations", () => {
  const templateAgain = (id: string) => t.db.candidateMatching.updateMany({ where: { jobId: id }, data: { aiReasonSource: "TEMPLATE" } });

  it("has Gemini explain the job in a step of its own after the ranking, and an unchanged rerun asks nothing", async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-a" } });
    await templateAgain(job.id);
    fake.reset();
    const first = await recalculation({ gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "cron" }).execute();
    expect(first.result).toMatchObject({ matchingsWritten: 50, explanations: { written: 50, keptTemplate: 0, modelRequests: 1 } });
    expect(first.ctx.step.run.mock.calls.map(([id]) => id)).toEqual(["recalculate-ranking", "write-explanations"]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.model).toBe("gemini-3.8-flash");
    const rows = await t.db.candidateMatching.findMany({ where: { jobId: job.id, rank: { not: null } } });
    expect(rows.every((row) => row.aiReasonSource === "GEMINI" && row.aiReason.startsWith("Gemini:"))).toBe(true);

    const second = await recalculation({ gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "cron" }).execute();
    expect(second.result).toMatchObject({ matchingsWritten: 50, explanations: { written: 0, keptTemplate: 0, modelRequests: 0 } });
    expect(fake.requests).toHaveLength(1);
  });

  it("keeps the ranking and succeeds when the model fails: the reasons stay templates, counted", async () => {
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-a" } });
    await templateAgain(job.id);
    fake.reset(() => ({ status: 503, json: { error: { code: 503, message: "The model is overloaded", status: "UNAVAILABLE" } } }));
    const { result, error } = await recalculation({ gigId: job.id, workspaceId: job.workspaceId }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ matchingsWritten: 50, explanations: { written: 0, keptTemplate: 50, modelRequests: 2 } });
    const rows = await t.db.candidateMatching.findMany({ where: { jobId: job.id, rank: { not: null } } });
    expect(rows).toHaveLength(50);
    expect(rows.every((row) => row.aiReasonSource === "TEMPLATE" && row.aiReason.startsWith("Has "))).toBe(true);
  });
});
