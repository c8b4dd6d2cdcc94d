import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainJob, ModelLimiter, type ExplainerConfig } from "../../lib/explanations";
import { matchCandidate, recalculateJob } from "../../lib/matching";
import { answerAll, startFakeGemini, type FakeGemini } from "../helpers/fake-gemini";
import { eligibleCandidates, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Incremental matching rewrites only the changed candidate's row: Gemini's reasons for everyone
// else survive it, and only that candidate is explained again.
let t: TestDatabase;
let fake: FakeGemini;
let job: string;

beforeAll(async () => {
  [t, fake] = await Promise.all([createTestDatabase(), startFakeGemini()]);
  await seed(t.db, eligibleCandidates(12));
  job = await jobId(t.db);
  await recalculateJob(t.db, job, { trigger: "test" });
});
afterAll(async () => {
  await fake.close();
  await t.close();
});

const explainer = (): ExplainerConfig => ({
  settings: {
    apiKey: "test-key",
    model: "gemini-test-flash",
    baseUrl: fake.url,
    timeoutMs: 5000,
    retry: { maxRetries: 0, baseDelayMs: 20, maxDelayMs: 100 },
  },
  limiter: new ModelLimiter({ maxConcurrent: 4, perWindow: 1000, windowMs: 60_000 }),
});

describe("explanations through incremental matching", () => {
  it("keeps the other candidates' Gemini reasons and asks again about the changed candidate only", async () => {
    expect(await explainJob(t.db, job, explainer())).toMatchObject({ written: 12, requests: 1 });
    const before = await matchingsOf(t.db, job);

    const changed = await t.db.candidate.findUniqueOrThrow({ where: { externalId: "c-005" } });
    await t.db.technicalTest.create({ data: { candidateId: changed.id, name: "Extra", score: 100, completedAt: new Date("2026-03-01") } });
    await matchCandidate(t.db, changed.id, { trigger: "test" });

    const after = await matchingsOf(t.db, job);
    expect(after.get("c-005")).toMatchObject({ aiReasonSource: "TEMPLATE" });
    for (const [externalId, row] of after) {
      if (externalId === "c-005") continue;
      expect(row).toMatchObject({ aiReasonSource: "GEMINI", aiReason: before.get(externalId)!.aiReason });
    }

    fake.reset(answerAll);
    expect(await explainJob(t.db, job, explainer())).toMatchObject({ written: 1, requests: 1 });
    expect(fake.requests[0]!.candidates).toHaveLength(1);
    expect((await matchingsOf(t.db, job)).get("c-005")).toMatchObject({ aiReasonSource: "GEMINI" });
  });
});
