import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEventListener, type CapturedEvent } from "../helpers/event-listener";
import { canonicalJson, inngestSignature, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { runScript } from "../helpers/run-script";
import { createDemoDatabaseUrl } from "../helpers/demo-database";
import { withDatabase } from "../helpers/test-database";

// The triggers over real HTTP against `next start` in production mode, with the Inngest client
// pointed at a local listener that records the events it is sent.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-triggers-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let listener: Awaited<ReturnType<typeof startEventListener>>;
const keys: Record<string, string> = {};
let job: { jobId: string; externalId: string };
let otherJob: { jobId: string };
let candidateId: string;

type Matches = {
  jobs: { jobId: string; externalId: string; workspace: string; matches: { candidateId: string; candidateExternalId: string }[] }[];
};

beforeAll(async () => {
  const demo = await createDemoDatabaseUrl(dir);
  ({ url, drop } = demo);
  const jobs = (JSON.parse(demo.output) as Matches).jobs.filter((j) => j.workspace === "acme");
  job = jobs[0]!;
  otherJob = jobs[1]!;
  // A candidate in the job's top list who has responded to no job in the demo data.
  const demoFile = JSON.parse(fs.readFileSync("data/demo.json", "utf8")) as { responses: { candidate: string }[] };
  const responded = new Set(demoFile.responses.map((r) => r.candidate));
  candidateId = jobs[0]!.matches.find((m) => !responded.has(m.candidateExternalId))!.candidateId;
  for (const workspace of ["acme", "northwind"]) {
    const created = await runScript("scripts/apikey.ts", ["create", "--workspace", workspace, "--json"], { DATABASE_URL: url });
    keys[workspace] = (JSON.parse(created.stdout) as { key: string }).key;
  }
  listener = await startEventListener();
  app = await startNext({
    DATABASE_URL: url,
    INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_BASE_URL: listener.url,
  });
});
afterAll(async () => {
  await app?.stop();
  await listener.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, route: string, body?: unknown, key: string | null = keys.acme!) =>
  fetch(`${app!.url}${route}`, {
    method,
    headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), "Content-Type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

const eventsSince = (count: number): CapturedEvent[] => listener.events.slice(count);

describe("a candidate responding to a job", () => {
  let responseId: string;

  it("creates the response and sends exactly one gig/ranking.recalculate event", async () => {
    const before = listener.events.length;
    const response = await call("POST", `/api/jobs/${job.jobId}/responses`, { candidateId, coverLetter: "Hello", screeningScore: 70 });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; jobId: string; screeningScore: number } };
    expect(data).toMatchObject({ jobId: job.jobId, screeningScore: 70 });
    responseId = data.id;
    const sent = eventsSince(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ name: "gig/ranking.recalculate", data: { gigId: job.jobId, triggeredBy: "response.created" } });
    expect(sent[0]!.data.workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(listener.paths.at(-1)).toBe("POST /e/test-event-key");
  });

  it("refuses a second response, another workspace's job, a missing key and bad input, sending nothing", async () => {
    const before = listener.events.length;
    expect((await call("POST", `/api/jobs/${job.jobId}/responses`, { candidateId })).status).toBe(409);
    const foreign = await call("POST", `/api/jobs/${job.jobId}/responses`, { candidateId }, keys.northwind);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: { code: "not_found", message: "Job not found" } });
    expect((await call("POST", `/api/jobs/${job.jobId}/responses`, { candidateId }, null)).status).toBe(401);
    const invalid = await call("POST", `/api/jobs/${job.jobId}/responses`, { candidateId: "nope", screeningScore: 140, extra: 1 });
    expect(invalid.status).toBe(400);
    const { error } = (await invalid.json()) as { error: { code: string; details: { path: string }[] } };
    expect(error.code).toBe("invalid_request");
    expect(error.details.map((d) => d.path).sort()).toEqual(["body", "body.candidateId", "body.screeningScore"]);
    const malformed = await call("POST", `/api/jobs/${job.jobId}/responses`, "{ not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    expect(eventsSince(before)).toEqual([]);
  });

  it("sends interview.updated when the interview score changes, and nothing when no score changes", async () => {
    const before = listener.events.length;
    const changed = await call("PATCH", `/api/responses/${responseId}`, { interviewScore: 88 });
    expect(changed.status).toBe(200);
    expect(eventsSince(before)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ gigId: job.jobId, triggeredBy: "interview.updated" }) }),
    ]);
    await call("PATCH", `/api/responses/${responseId}`, { interviewScore: 88 });
    expect(eventsSince(before)).toHaveLength(1);
    expect((await call("PATCH", `/api/responses/${responseId}`, { screeningScore: 75 })).status).toBe(200);
    expect(eventsSince(before).at(-1)?.data.triggeredBy).toBe("screening.updated");
    expect((await call("PATCH", `/api/responses/${responseId}`, { interviewScore: 88 }, keys.northwind)).status).toBe(404);
  });
});

describe("the manual trigger, and Inngest delivering the event", () => {
  it("queues a recalculation: 202 with the event id, and one event triggeredBy manual", async () => {
    const before = listener.events.length;
    const response = await call("POST", `/api/jobs/${job.jobId}/recalculate`);
    expect(response.status).toBe(202);
    expect(((await response.json()) as { eventId: string }).eventId).toBe(`evt-${before + 1}`);
    expect(eventsSince(before)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ gigId: job.jobId, triggeredBy: "manual" }) }),
    ]);
    expect((await call("POST", `/api/jobs/${job.jobId}/recalculate`, undefined, keys.northwind)).status).toBe(404);
  });

  it("runs recalculate-gig-ranking when Inngest delivers that event in a signed request, and the matchings change", async () => {
    const event = listener.events.at(-1)!;
    const body = canonicalJson({
      version: 1,
      event: { ...event, id: "01JE2E0000000000000000000", ts: Date.now() },
      events: [],
      steps: {},
      ctx: {
        run_id: "01JE2ERUN000000000000000000",
        attempt: 0,
        disable_immediate_execution: false,
        use_api: false,
        stack: { stack: [], current: 0 },
      },
    });
    const response = await fetch(`${app!.url}/api/inngest?fnId=talent-matching-recalculate-gig-ranking&stepId=step`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Inngest-Signature": inngestSignature(body) },
      body,
    });
    expect(response.status).toBe(206);
    const [op] = (await response.json()) as { op: string; name: string; data: { ranked: number } }[];
    expect(op).toMatchObject({ op: "StepRun", name: "recalculate-ranking", data: { ranked: 50 } });
    await app!.stop();
    app = undefined;

    await withDatabase(url, async (db) => {
      const run = await db.matchingRun.findFirstOrThrow({ where: { jobId: job.jobId, trigger: "manual" } });
      expect(run.status).toBe("SUCCEEDED");
      // The interview score given through the API is now part of the candidate's evidence.
      const matching = await db.candidateMatching.findFirstOrThrow({ where: { jobId: job.jobId, candidateId } });
      expect((matching.breakdown as { evidence: { interviewScore: number } }).evidence.interviewScore).toBe(88);
    });
  });
});

describe("without a reachable Inngest server", () => {
  it("recalculates in-process on the manual trigger when no Inngest server is configured, and says so", async () => {
    app = await startNext({ DATABASE_URL: url });
    const response = await call("POST", `/api/jobs/${job.jobId}/recalculate`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { mode: string; message: string; result: { ranked: number; jobId: string } };
    expect(body).toMatchObject({ mode: "in-process", result: { jobId: job.jobId, ranked: 50 } });
    expect(body.message).toMatch(/in-process/);
    await app.stop();
  });

  it("still records a response when the event cannot be sent, and answers 503 to the manual trigger", async () => {
    await listener.close();
    app = await startNext({ DATABASE_URL: url, INNGEST_EVENT_KEY: "test-event-key", INNGEST_BASE_URL: listener.url });
    const response = await call("POST", `/api/jobs/${otherJob.jobId}/responses`, { candidateId });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { recalculation: { mode: string } }).recalculation.mode).toBe("not-sent");
    const manual = await call("POST", `/api/jobs/${job.jobId}/recalculate`);
    expect(manual.status).toBe(503);
    expect(((await manual.json()) as { error: { code: string } }).error.code).toBe("inngest_unavailable");
  });
});
