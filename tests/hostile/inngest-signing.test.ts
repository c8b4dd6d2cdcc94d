import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { inngestRunBody, inngestSignature, INNGEST_RUN_TARGET, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// /api/inngest in production mode with a signing key, over real HTTP: what is refused never runs
// a function, a replayed request is refused even when sent at the same instant as the original,
// and what Inngest really sends (fresh signatures on every retry and step call, signed
// introspection and sync) still works. Each request carries its own `triggeredBy`, so the runs
// it caused are counted in the database at the end.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-inngest-signing-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let job: string;
let workspaceId: string;
let runCounts: Map<string, number>;
let ledgerRows: number;

const runBody = (triggeredBy: string, attempt = 0) => inngestRunBody({ gigId: job, workspaceId, triggeredBy }, attempt);

const post = (body: string, signature?: string) =>
  fetch(`${app!.url}${INNGEST_RUN_TARGET}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(signature ? { "X-Inngest-Signature": signature } : {}) },
    body,
  });

/** The SDK's answer to a step that ran: one StepRun op with the recalculation's result. */
async function expectStepRan(response: Response) {
  expect(response.status).toBe(206);
  const [op] = (await response.json()) as { op: string; name: string; data: { ranked: number } }[];
  expect(op).toMatchObject({ op: "StepRun", name: "recalculate-ranking", data: { ranked: 50 } });
}

async function expectReplayRefused(response: Response) {
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "replayed_request", message: expect.stringMatching(/already received/) } });
}

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(db, eligibleCandidates(60));
    job = await jobId(db);
    workspaceId = (await db.job.findUniqueOrThrow({ where: { id: job } })).workspaceId;
  });
  app = await startNext({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY });
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("requests to /api/inngest that must not run anything", () => {
  it("refuses unsigned, wrongly signed, expired and future-dated requests with 401", async () => {
    const unsigned = await post(runBody("unsigned"));
    const body = runBody("forged");
    const forged = await post(body, inngestSignature(body, "signkey-test-00000000000000000000000000000000"));
    const expiredBody = runBody("expired");
    const expired = await post(expiredBody, inngestSignature(expiredBody, TEST_SIGNING_KEY, new Date(Date.now() - 6 * 60_000)));
    const futureBody = runBody("future");
    const future = await post(futureBody, inngestSignature(futureBody, TEST_SIGNING_KEY, new Date(Date.now() + 6 * 60_000)));
    const garbled = await post(runBody("garbled"), "t=abc&s=zz");
    expect([unsigned.status, forged.status, expired.status, future.status, garbled.status]).toEqual([401, 401, 401, 401, 401]);
  });

  it("runs a correctly signed request once, and refuses the very same request sent again", async () => {
    const body = runBody("replayed");
    const signature = inngestSignature(body);
    await expectStepRan(await post(body, signature));
    await expectReplayRefused(await post(body, signature));
    // The same signature under an equivalent body (keys reordered, spaces): still the same request.
    await expectReplayRefused(await post(JSON.stringify(JSON.parse(body), null, 2), signature));
  });

  it("lets exactly one of three identical requests sent at the same instant through", async () => {
    const body = runBody("concurrent");
    const signature = inngestSignature(body);
    const responses = await Promise.all([post(body, signature), post(body, signature), post(body, signature)]);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([206, 401, 401]);
    for (const response of responses) {
      if (response.status === 206) await expectStepRan(response);
      else await expectReplayRefused(response);
    }
  });

  it("does not let a forged body under a copied signature use up the genuine request", async () => {
    const genuine = runBody("genuine");
    const signature = inngestSignature(genuine);
    expect((await post(runBody("forged-under-copied-signature"), signature)).status).toBe(401);
    await expectStepRan(await post(genuine, signature));
  });
});

describe("what Inngest really sends still works", () => {
  it("runs a retry of the same event: a new request with a new signature", async () => {
    const first = runBody("retried", 0);
    await expectStepRan(await post(first, inngestSignature(first)));
    const retry = runBody("retried", 1);
    await expectStepRan(await post(retry, inngestSignature(retry)));
  });

  it("answers signed introspection (twice with one signature) and a signed in-band sync", async () => {
    const signature = inngestSignature("");
    for (let i = 0; i < 2; i++) {
      const introspection = await fetch(`${app!.url}/api/inngest`, { headers: { "X-Inngest-Signature": signature } });
      expect(await introspection.json()).toMatchObject({ function_count: 3, authentication_succeeded: true });
    }
    const body = JSON.stringify({ url: `${app!.url}/api/inngest` });
    const sync = await fetch(`${app!.url}/api/inngest`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "X-Inngest-Sync-Kind": "in_band", "X-Inngest-Signature": inngestSignature(body) },
      body,
    });
    expect(sync.status).toBe(200);
    expect(((await sync.json()) as { functions: unknown[] }).functions).toHaveLength(3);
  });
});

describe("the database afterwards", () => {
  beforeAll(async () => {
    await app!.stop();
    app = undefined;
    await withDatabase(url, async (db) => {
      const runs = await db.matchingRun.groupBy({ by: ["trigger"], where: { jobId: job }, _count: true });
      runCounts = new Map(runs.map((run) => [run.trigger, run._count]));
      ledgerRows = await db.inngestSignature.count();
    });
  });

  it("holds no run for any refused request, one per accepted request", () => {
    for (const refused of ["unsigned", "forged", "expired", "future", "garbled", "forged-under-copied-signature"])
      expect(runCounts.get(refused)).toBeUndefined();
    expect(
      Object.fromEntries(["replayed", "concurrent", "genuine", "retried"].map((trigger) => [trigger, runCounts.get(trigger)])),
    ).toEqual({
      replayed: 1,
      concurrent: 1,
      genuine: 1,
      retried: 2,
    });
  });

  it("remembers exactly the signatures it let through", () => {
    // replayed, concurrent, genuine, retried twice; refused requests leave no row behind.
    expect(ledgerRows).toBe(5);
  });
});
