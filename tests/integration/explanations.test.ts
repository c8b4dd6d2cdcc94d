import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { explainJob, ModelLimiter, type ExplainerConfig } from "../../lib/explanations";
import { recalculateJob } from "../../lib/matching";
import { listMatchings } from "../../lib/matching/list-matchings";
import { listMatchingsQuery } from "../../lib/matching/matching-schemas";
import { answerAll, fakeReason, modelText, reasonsReply, startFakeGemini, type FakeGemini } from "../helpers/fake-gemini";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The real @google/genai SDK, pointed at a local server that imitates Gemini's generateContent.
let t: TestDatabase;
let fake: FakeGemini;
const CANDIDATES = 12;
const PARALLEL_JOBS = Array.from({ length: 20 }, (_, i) => `j-${String(i + 1).padStart(2, "0")}`);

beforeAll(async () => {
  [t, fake] = await Promise.all([createTestDatabase(), startFakeGemini()]);
  await seed(t.db, eligibleCandidates(CANDIDATES), [
    fixtureJob("j-main"),
    ...PARALLEL_JOBS.map((id) => fixtureJob(id, { title: `Frontend engineer ${id}` })),
  ]);
  for (const id of ["j-main", ...PARALLEL_JOBS]) await recalculateJob(t.db, await jobId(t.db, id), { trigger: "test" });
});
afterAll(async () => {
  await fake.close();
  await t.close();
});
beforeEach(() => fake.reset());

function explainer(
  overrides: { timeoutMs?: number; maxRetries?: number; limiter?: ModelLimiter; thinkingLevel?: "LOW"; temperature?: number } = {},
): ExplainerConfig {
  return {
    settings: {
      apiKey: "test-key",
      model: "gemini-test-flash",
      temperature: overrides.temperature,
      thinkingLevel: overrides.thinkingLevel,
      baseUrl: fake.url,
      timeoutMs: overrides.timeoutMs ?? 5000,
      retry: { maxRetries: overrides.maxRetries ?? 2, baseDelayMs: 20, maxDelayMs: 5000 },
    },
    limiter: overrides.limiter ?? new ModelLimiter({ maxConcurrent: 4, perWindow: 1000, windowMs: 60_000 }),
  };
}

const rowsOf = async (externalId: string) => [...(await matchingsOf(t.db, await jobId(t.db, externalId))).entries()];
const sources = async (externalId: string) => new Set((await rowsOf(externalId)).map(([, row]) => row.aiReasonSource));

async function addTestScore(candidateExternalId: string, score: number) {
  const candidate = await t.db.candidate.findUniqueOrThrow({ where: { externalId: candidateExternalId } });
  await t.db.technicalTest.create({ data: { candidateId: candidate.id, name: "Extra", score, completedAt: new Date("2026-02-01") } });
}

describe("the happy path", () => {
  it("stores the reason Gemini wrote for each candidate, marked gemini, in one request for the job", async () => {
    const id = await jobId(t.db, "j-main");
    const result = await explainJob(t.db, id, explainer({ thinkingLevel: "LOW" }));
    expect(result).toMatchObject({ pending: CANDIDATES, written: CANDIDATES, keptTemplate: 0, requests: 1, errors: [] });

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request!.model).toBe("gemini-test-flash");
    expect(request!.apiKey).toBe("test-key");
    expect(request!.body.generationConfig).toMatchObject({
      responseMimeType: "application/json",
      thinkingConfig: { thinkingLevel: "LOW" },
    });
    // No sampling parameter unless the operator sets one: Gemini 3 models sample best at their own default.
    expect(request!.body.generationConfig).not.toHaveProperty("temperature");
    expect(request!.body.generationConfig).not.toHaveProperty("topP");
    expect(JSON.stringify(request!.body.generationConfig?.responseJsonSchema)).toContain('"enum":["c1"');
    expect(request!.body.systemInstruction?.parts[0]?.text).toMatch(/Never invent/);
    expect(request!.job).toMatchObject({
      title: "Frontend engineer",
      requiredSkills: expect.arrayContaining(["TypeScript", "React"]),
      domains: ["Fintech"],
    });
    expect(request!.candidates).toHaveLength(CANDIDATES);

    for (const [, row] of await rowsOf("j-main")) {
      expect(row.aiReasonSource).toBe("GEMINI");
      expect(row.aiReason).toMatch(/^Gemini: has TypeScript of the required skills, missing React; tests/);
    }
    const page = await listMatchings(
      t.db,
      (await t.db.job.findUniqueOrThrow({ where: { id } })).workspaceId,
      listMatchingsQuery.parse({ jobId: id }),
    );
    expect(page.data.every((item) => item.aiReasonSource === "gemini" && item.aiReason.startsWith("Gemini:"))).toBe(true);
  });

  it("keeps every Gemini reason through an unchanged recalculation, so explaining again sends nothing", async () => {
    const before = await rowsOf("j-main");
    await recalculateJob(t.db, await jobId(t.db, "j-main"), { trigger: "test" });
    expect(await rowsOf("j-main")).toEqual(before.map(([key, row]) => [key, { ...row, updatedAt: expect.any(Date) }]));
    const result = await explainJob(t.db, await jobId(t.db, "j-main"), explainer());
    expect(result).toMatchObject({ pending: 0, written: 0, requests: 0 });
    expect(fake.requests).toHaveLength(0);
  });

  it("asks again only for the candidate whose evidence changed", async () => {
    const id = await jobId(t.db, "j-main");
    await addTestScore("c-003", 100);
    await recalculateJob(t.db, id, { trigger: "test" });
    const changed = (await matchingsOf(t.db, id)).get("c-003")!;
    expect(changed.aiReasonSource).toBe("TEMPLATE");
    expect(changed.aiReason).toContain("Technical tests average 51.5/100 over 2 tests");
    expect([...(await sources("j-main"))].sort()).toEqual(["GEMINI", "TEMPLATE"]);

    // An operator who sets GEMINI_TEMPERATURE gets it sent as set.
    const result = await explainJob(t.db, id, explainer({ temperature: 0.7 }));
    expect(result).toMatchObject({ pending: 1, written: 1, requests: 1 });
    expect(fake.requests[0]!.body.generationConfig).toMatchObject({ temperature: 0.7 });
    expect(fake.requests[0]!.candidates).toHaveLength(1);
    expect(fake.requests[0]!.candidates[0]!.technicalTests).toEqual({ count: 2, averageOutOf100: 51.5 });
    expect((await matchingsOf(t.db, id)).get("c-003")).toMatchObject({
      aiReasonSource: "GEMINI",
      aiReason: expect.stringContaining('"averageOutOf100":51.5'),
    });
  });

  it("lets a recalculation made while the model answers win: that row keeps the new template", async () => {
    const id = await jobId(t.db, "j-01");
    await recalculateJob(t.db, id, { trigger: "test" });
    fake.reset(async (request, index) => {
      // The evidence of c-010 changes and the job is recalculated before the answer arrives.
      await addTestScore("c-010", 90);
      await recalculateJob(t.db, id, { trigger: "test" });
      return answerAll(request, index);
    });
    const result = await explainJob(t.db, id, explainer());
    expect(result).toMatchObject({ pending: CANDIDATES, written: CANDIDATES - 1, keptTemplate: 1, requests: 1 });
    const rows = await matchingsOf(t.db, id);
    expect(rows.get("c-010")).toMatchObject({ aiReasonSource: "TEMPLATE", aiReason: expect.stringContaining("over 2 tests") });
    expect(rows.get("c-011")?.aiReasonSource).toBe("GEMINI");
  });
});

describe("failure is normal: the template stays, marked as such, and nothing throws", () => {
  async function expectAllTemplate(externalId: string, before: Map<string, string>) {
    const rows = await rowsOf(externalId);
    expect(rows.every(([, row]) => row.aiReasonSource === "TEMPLATE")).toBe(true);
    expect(new Map(rows.map(([key, row]) => [key, row.aiReason]))).toEqual(before);
  }
  const reasons = async (externalId: string) => new Map((await rowsOf(externalId)).map(([key, row]) => [key, row.aiReason]));

  it("succeeds after one retry when the first answer is 429 with Retry-After, waiting as asked", async () => {
    fake.reset((request, index) =>
      index === 0
        ? {
            status: 429,
            headers: { "retry-after": "1" },
            json: { error: { code: 429, message: "Resource has been exhausted", status: "RESOURCE_EXHAUSTED" } },
          }
        : answerAll(request, index),
    );
    const result = await explainJob(t.db, await jobId(t.db, "j-02"), explainer());
    expect(result).toMatchObject({ written: CANDIDATES, requests: 2, errors: [] });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.at - fake.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(await sources("j-02")).toEqual(new Set(["GEMINI"]));
  });

  it("gives up after its retries on 500 forever", async () => {
    const before = await reasons("j-03");
    fake.reset(() => ({ status: 500, json: { error: { code: 500, message: "Internal error", status: "INTERNAL" } } }));
    const result = await explainJob(t.db, await jobId(t.db, "j-03"), explainer({ maxRetries: 2 }));
    expect(result).toMatchObject({ pending: CANDIDATES, written: 0, keptTemplate: CANDIDATES, requests: 3 });
    expect(result.errors[0]).toMatch(/Gemini answered 500/);
    await expectAllTemplate("j-03", before);
  });

  it("abandons a call that gets no answer within the timeout, without retrying it", async () => {
    const before = await reasons("j-04");
    fake.reset(() => ({ hang: true }));
    const started = Date.now();
    const result = await explainJob(t.db, await jobId(t.db, "j-04"), explainer({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ written: 0, keptTemplate: CANDIDATES, requests: 1, errors: ["no answer within 300 ms"] });
    await expectAllTemplate("j-04", before);
  });

  it("stores nothing from malformed or truncated JSON, nor from a refusal", async () => {
    const before = await reasons("j-05");
    for (const reply of [
      modelText('{"reasons": [{"candidateId": "c1", "reason": "Has TypeScript and works in Fint'),
      modelText("Here are the reasons you asked for."),
      { json: { candidates: [{ finishReason: "SAFETY", index: 0 }], promptFeedback: { blockReason: "OTHER" } } },
      { raw: "<html>Bad gateway</html>", headers: { "content-type": "text/html" } },
    ]) {
      fake.reset(() => reply);
      const result = await explainJob(t.db, await jobId(t.db, "j-05"), explainer());
      expect(result).toMatchObject({ written: 0, keptTemplate: CANDIDATES, requests: 1 });
      expect(result.errors).toHaveLength(1);
    }
    await expectAllTemplate("j-05", before);
  });

  it("keeps only the reasons about candidates it was asked about, once each, and usable", async () => {
    const before = await reasons("j-06");
    fake.reset((request) =>
      reasonsReply([
        { candidateId: "c1", reason: fakeReason(request.candidates[0]!) },
        { candidateId: "c99", reason: "A candidate nobody asked about, with invented skills." },
        { candidateId: "not-a-key", reason: "Another unknown candidate id in the answer." },
        { candidateId: "c2", reason: "" },
        { candidateId: "c3", reason: "x".repeat(5000) },
        { candidateId: "c4", reason: "First answer about the fourth candidate here." },
        { candidateId: "c4", reason: "Second answer about the fourth candidate here." },
      ]),
    );
    const result = await explainJob(t.db, await jobId(t.db, "j-06"), explainer());
    expect(result).toMatchObject({ written: 1, keptTemplate: CANDIDATES - 1, requests: 1 });
    const rows = await rowsOf("j-06");
    const gemini = rows.filter(([, row]) => row.aiReasonSource === "GEMINI");
    expect(gemini).toHaveLength(1);
    expect(gemini[0]![1].rank).toBe(1); // c1 is the first row sent, the best ranked
    expect(gemini[0]![1].aiReason).toMatch(/^Gemini:/);
    for (const [key, row] of rows.filter(([, row]) => row.aiReasonSource === "TEMPLATE")) expect(row.aiReason).toBe(before.get(key));
  });

  it("stores markup in the model's text as plain text", async () => {
    fake.reset((request) =>
      reasonsReply(
        request.candidates.map((candidate) => ({
          candidateId: candidate.id,
          reason:
            "<script>alert('x')</script><b>Strong</b> TypeScript match in Fintech,\u0007 missing <i>React</i>; tests < 3 years old." +
            "<img src=x onerror=alert(1)>",
        })),
      ),
    );
    const result = await explainJob(t.db, await jobId(t.db, "j-07"), explainer());
    expect(result.written).toBe(CANDIDATES);
    for (const [, row] of await rowsOf("j-07")) {
      expect(row.aiReason).toBe("Strong TypeScript match in Fintech, missing React; tests < 3 years old.");
    }
  });
});

describe("limits shared by all runs", () => {
  it("never has more calls in flight than the limiter allows, with 20 jobs explained at once", async () => {
    const ids = await Promise.all(PARALLEL_JOBS.map((id) => jobId(t.db, id)));
    await t.db.candidateMatching.updateMany({ where: { jobId: { in: ids } }, data: { aiReasonSource: "TEMPLATE" } });
    fake.reset(async (request, index) => ({ ...(await answerAll(request, index)), delayMs: 150 }));
    const limiter = new ModelLimiter({ maxConcurrent: 3, perWindow: 1000, windowMs: 60_000 });
    const results = await Promise.all(ids.map((id) => explainJob(t.db, id, explainer({ limiter }))));
    expect(fake.requests).toHaveLength(20);
    expect(fake.maxInFlight).toBe(3);
    expect(results.every((result) => result.written === CANDIDATES && result.requests === 1)).toBe(true);
  });

  it("starts no more calls per window than the budget allows, and holds every caller during a Retry-After pause", async () => {
    const limiter = new ModelLimiter({ maxConcurrent: 10, perWindow: 2, windowMs: 500 });
    const started: number[] = [];
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => limiter.run(async () => void started.push(Date.now() - t0))));
    // Two in the first window, two in the second, the fifth in the third.
    expect(started.filter((at) => at < 450)).toHaveLength(2);
    expect(started.filter((at) => at >= 490 && at < 950)).toHaveLength(2);
    expect(started.filter((at) => at >= 990)).toHaveLength(1);

    const paused = new ModelLimiter({ maxConcurrent: 10, perWindow: 100, windowMs: 60_000 });
    paused.pauseUntil(Date.now() + 300);
    const t1 = Date.now();
    const waits = await Promise.all([1, 2, 3].map(() => paused.run(async () => Date.now() - t1)));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(290);
  });
});
