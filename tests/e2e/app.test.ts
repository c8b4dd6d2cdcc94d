import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inngestSignature, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDemoDatabaseUrl } from "../helpers/demo-database";
import { withDatabase } from "../helpers/test-database";

// The built app served by `next start`, over real HTTP, on the embedded database (or on
// PostgreSQL when TEST_DATABASE_URL is set).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-app-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let demoOutput: string;

beforeAll(async () => {
  ({ url, drop, output: demoOutput } = await createDemoDatabaseUrl(dir));
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the web app", () => {
  it("sends a visitor of a fresh embedded database to sign in, and shows no workspace's data there", async () => {
    const someJob = (JSON.parse(demoOutput) as { jobs: { title: string }[] }).jobs[0]!;
    app = await startNext({ DATABASE_URL: url });
    const home = await fetch(app.url, { redirect: "manual" });
    expect(home.status).toBe(307);
    expect(home.headers.get("location")).toBe("/sign-in");
    const signIn = await fetch(`${app.url}/sign-in`);
    expect(signIn.status).toBe(200);
    const page = await signIn.text();
    expect(page).toContain("Sign in");
    expect(page).not.toContain(someJob.title.replace("&", "&amp;"));
    const health = (await (await fetch(`${app.url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe("ok");
    await app.stop();
  });
});

describe("the Inngest endpoint in production mode", () => {
  const env = () => ({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY });

  it("reports the three functions to a signed GET, and nothing to an unsigned one", async () => {
    app = await startNext(env());
    const unsigned = await fetch(`${app.url}/api/inngest`);
    expect(unsigned.status).toBe(401);
    const signed = await fetch(`${app.url}/api/inngest`, { headers: { "X-Inngest-Signature": inngestSignature("") } });
    expect(await signed.json()).toMatchObject({
      function_count: 3,
      authentication_succeeded: true,
      mode: "cloud",
      app_id: "talent-matching",
    });
  });

  it("answers a signed in-band sync with the three functions, their triggers and retries", async () => {
    const body = JSON.stringify({ url: `${app!.url}/api/inngest` });
    const response = await fetch(`${app!.url}/api/inngest`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "X-Inngest-Sync-Kind": "in_band", "X-Inngest-Signature": inngestSignature(body) },
      body,
    });
    expect(response.status).toBe(200);
    const sync = (await response.json()) as {
      functions: { id: string; triggers: unknown[]; steps: { step: { retries: { attempts: number } } }; concurrency: unknown }[];
    };
    const byId = new Map(sync.functions.map((fn) => [fn.id, fn]));
    expect(byId.get("talent-matching-generate-matchings-daily")).toMatchObject({
      triggers: [{ cron: "TZ=UTC 0 0 * * *" }],
      steps: { step: { retries: { attempts: 3 } } },
    });
    expect(byId.get("talent-matching-recalculate-gig-ranking")).toMatchObject({
      triggers: [{ event: "gig/ranking.recalculate" }],
      steps: { step: { retries: { attempts: 3 } } },
      concurrency: { key: "event.data.gigId", limit: 1 },
    });
    expect(byId.get("talent-matching-match-candidate-profile")).toMatchObject({
      triggers: [{ event: "candidate/profile.updated" }],
      steps: { step: { retries: { attempts: 3 } } },
      concurrency: { key: "event.data.candidateId", limit: 1 },
    });
  });

  it("rejects an unsigned or wrongly signed run request without running anything", async () => {
    const body = JSON.stringify({
      event: {
        name: "gig/ranking.recalculate",
        data: { gigId: "00000000-0000-4000-8000-000000000000", workspaceId: "x", triggeredBy: "attack" },
      },
      events: [],
      steps: {},
      ctx: { run_id: "01J0000000000000000000000", attempt: 0 },
    });
    const target = `${app!.url}/api/inngest?fnId=talent-matching-recalculate-gig-ranking&stepId=step`;
    const headers = { "Content-Type": "application/json" };
    const unsigned = await fetch(target, { method: "POST", headers, body });
    const forged = await fetch(target, {
      method: "POST",
      headers: { ...headers, "X-Inngest-Signature": inngestSignature(body, "signkey-test-00000000000000000000000000000000") },
      body,
    });
    const expired = await fetch(target, {
      method: "POST",
      headers: { ...headers, "X-Inngest-Signature": inngestSignature(body, TEST_SIGNING_KEY, new Date(Date.now() - 10 * 60_000)) },
      body,
    });
    expect([unsigned.status, forged.status, expired.status]).toEqual([401, 401, 401]);
    await app!.stop();
    app = undefined;

    await withDatabase(url, async (db) => {
      expect(await db.matchingRun.count({ where: { trigger: "attack" } })).toBe(0);
    });
  });
});
