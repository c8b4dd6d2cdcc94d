import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eligibleCandidates, seed } from "../helpers/fixtures";
import { hostileSegment, malformedBody, objectBody } from "../helpers/hostile-arbitraries";
import { leakedInternals } from "../helpers/hostile-http";
import { TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// Hostile requests to /api/inngest in production mode, from someone without the signing key:
// never a 5xx, never internals, never a run, never a sync. Signed requests are Inngest's own
// (their error answers carry a function's error to the Inngest dashboard by design) and are
// covered by inngest-signing.test.ts and inngest-sync.test.ts.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-inngest-input-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(db, eligibleCandidates(5));
  });
});
async function stopApp() {
  await app?.stop();
  app = undefined;
}

afterAll(async () => {
  await stopApp();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const signature = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("", "t=&s=", "s=deadbeef", "t=99999999999999999999&s=x", "t=1&s=%00", `t=1&s=${"0".repeat(64)}`),
  // Well-formed and current, but not made with the key.
  fc
    .uint8Array({ minLength: 32, maxLength: 32 })
    .map((bytes) => `t=${Math.floor(Date.now() / 1000)}&s=${Buffer.from(bytes).toString("hex")}`),
);
const query = fc.record({
  fnId: fc.oneof(fc.constant("talent-matching-recalculate-gig-ranking"), hostileSegment),
  stepId: fc.oneof(fc.constant("step"), hostileSegment),
});
const body = fc.oneof(malformedBody, objectBody(["event", "events", "steps", "ctx", "version", "fnId"]));

async function countRuns(): Promise<{ runs: number; signatures: number }> {
  return withDatabase(url, async (db) => ({ runs: await db.matchingRun.count(), signatures: await db.inngestSignature.count() }));
}

describe("/api/inngest with a signing key, to someone without it", () => {
  it("answers every hostile request below 500, without internals, and runs nothing", async () => {
    app = await startNext({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY, INNGEST_DEV: "" });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"),
          query,
          body,
          signature,
          async (method, { fnId, stepId }, text, header) => {
            const response = await fetch(`${app!.url}/api/inngest?fnId=${fnId}&stepId=${stepId}`, {
              method,
              headers: { "Content-Type": "application/json", ...(header !== undefined ? { "X-Inngest-Signature": header } : {}) },
              ...(method === "GET" ? {} : { body: text }),
            });
            const answer = await response.text();
            const where = `${method} fnId=${fnId} stepId=${stepId} signature=${header} -> ${response.status} ${answer.slice(0, 200)}`;
            expect(response.status, where).toBeLessThan(500);
            expect(leakedInternals(answer), where).toEqual([]);
            if (method === "POST" || method === "PUT") expect(response.status, where).toBeGreaterThanOrEqual(400);
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    } finally {
      await stopApp();
    }
    expect(await countRuns()).toEqual({ runs: 0, signatures: 0 });
  });
});

describe("/api/inngest in production without a signing key", () => {
  it("tells the operator what to set instead of failing each request with a bare 500", async () => {
    app = await startNext({ DATABASE_URL: url, INNGEST_SIGNING_KEY: "", INNGEST_DEV: "" });
    try {
      for (const method of ["GET", "PUT", "POST"]) {
        const response = await fetch(`${app.url}/api/inngest`, {
          method,
          headers: { "Content-Type": "application/json" },
          ...(method === "GET" ? {} : { body: "{}" }),
        });
        expect(response.status, method).toBe(503);
        expect(await response.json(), method).toEqual({
          error: { code: "inngest_not_configured", message: expect.stringContaining("INNGEST_SIGNING_KEY") },
        });
      }
    } finally {
      await stopApp();
    }
    expect((await countRuns()).runs).toBe(0);
  });
});
