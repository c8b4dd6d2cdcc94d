import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leakedInternals } from "../helpers/hostile-http";
import { inngestSignature, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { serverActionIds, signIn } from "../helpers/isolation-client";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { buildWorld, PASSWORD, type World } from "./isolation-world";

// What one request may cost the server: the worst JSON shapes under the 1 MB body limit, sent to
// every endpoint that reads JSON, must each be answered fast and briefly while /api/health keeps
// answering. Here slowness is the defect (one such body used to hold the process for 45 s), so
// time is asserted: BOUND_MS, generous for a loaded 2-core machine, far below what the defect took.
const BOUND_MS = Number(process.env.COST_BOUND_MS ?? 1_000);
const MAX_ANSWER_BYTES = 16 * 1024;
const LIMIT = 1_000_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-request-cost-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let world: World;
let cookie: string;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  world = await withDatabase(url, buildWorld);
  app = await startNext({
    DATABASE_URL: url,
    INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
    BETTER_AUTH_SECRET: "request-cost-secret-request-cost-00",
    API_RATE_LIMIT_PER_MINUTE: "100000",
  });
  cookie = await signIn(app.url, "alice@acme.test", PASSWORD);
});

afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const nul = '"\\u0000"';
/** `inner` wrapped in as many arrays as fit in `size` bytes. */
const nested = (inner: string, size: number) => {
  const levels = Math.floor((size - inner.length) / 2);
  return `${"[".repeat(levels)}${inner}${"]".repeat(levels)}`;
};
/** A NUL leaf at every level: every one of them is a long path. */
const comb = (size: number) => {
  const levels = Math.floor(size / (nul.length + 3));
  return `${`[${nul},`.repeat(levels)}0${"]".repeat(levels)}`;
};
const tree = (levels: number): string => (levels === 0 ? nul : `[${tree(levels - 1)},${tree(levels - 1)}]`);
const wide = (count: number, key: (n: number) => string) => `{${Array.from({ length: count }, (_, n) => `"${key(n)}":1`).join(",")}}`;

/** Each below 1 MB as a whole body, and as the value of a field. */
const shapes: { name: string; json: string }[] = [
  { name: "nesting as deep as fits, NUL leaves at the bottom", json: nested(Array(20).fill(nul).join(","), LIMIT - 100) },
  { name: "a NUL leaf at every level of deep nesting", json: comb(LIMIT - 100) },
  { name: "a balanced tree of 2^15 NUL leaves", json: tree(15) },
  { name: "an object of 60,000 unknown keys", json: wide(60_000, (n) => `k${n}`) },
  { name: "an object of 55,000 keys holding NUL", json: wide(55_000, (n) => `k${n}\\u0000`) },
  { name: "a string of 990,000 characters", json: JSON.stringify("x".repeat(990_000)) },
  { name: "160,000 escaped NULs and surrogates", json: `"${"\\u0000\\ud800".repeat(80_000)}"` },
  { name: "330,000 empty arrays", json: `[${Array(330_000).fill("[]").join(",")}]` },
];

type Target = { name: string; send: (json: string) => Promise<Response> };

const post = (route: string, headers: Record<string, string>, body: string, method = "POST") =>
  fetch(`${app!.url}${route}`, { method, headers, body, redirect: "manual" });
const api = { Authorization: "", "Content-Type": "application/json" };
const action = (page: string, name: string) => (json: string) =>
  post(
    page,
    {
      Origin: app!.url,
      Cookie: cookie,
      "Next-Action": serverActionIds()[name]!,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    `[${json}]`,
  );

// Every endpoint that parses a JSON body: the API's writers, better-auth's sign-in, Inngest's
// run requests (a well-formed current signature not made with the key) and the server actions.
const targets = (): Target[] => [
  {
    name: "PATCH /api/matching/{id}",
    send: (json) =>
      post(`/api/matching/${world.matchingA}`, { ...api, Authorization: `Bearer ${world.keyA}` }, `{"status":${json}}`, "PATCH"),
  },
  {
    name: "PATCH /api/matching/{id} (whole body)",
    send: (json) => post(`/api/matching/${world.matchingA}`, { ...api, Authorization: `Bearer ${world.keyA}` }, json, "PATCH"),
  },
  {
    name: "POST /api/jobs/{id}/responses",
    send: (json) =>
      post(
        `/api/jobs/${world.jobA}/responses`,
        { ...api, Authorization: `Bearer ${world.keyA}` },
        `{"candidateId":"${world.candidateA}","coverLetter":${json}}`,
      ),
  },
  {
    name: "PATCH /api/responses/{id}",
    send: (json) => post(`/api/responses/${world.responseA}`, { ...api, Authorization: `Bearer ${world.keyA}` }, json, "PATCH"),
  },
  {
    name: "POST /api/auth/sign-in/email",
    send: (json) =>
      post(
        "/api/auth/sign-in/email",
        { "Content-Type": "application/json", Origin: app!.url },
        `{"email":"alice@acme.test","password":${json}}`,
      ),
  },
  {
    name: "POST /api/inngest",
    send: (json) =>
      post(
        "/api/inngest?fnId=x&stepId=step",
        { "Content-Type": "application/json", "X-Inngest-Signature": inngestSignature(json, "signkey-test-00000000") },
        json,
      ),
  },
  { name: "action changeStatus", send: action(`/w/acme/jobs/${world.jobA}`, "changeStatus") },
  { name: "action recalculateNow", send: action(`/w/acme/jobs/${world.jobA}`, "recalculateNow") },
  { name: "action signOut", send: action("/w/acme", "signOut") },
];

/** Polls /api/health until stopped; the slowest answer tells how long the server was blocked. */
function watchHealth() {
  let slowest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${app!.url}/api/health`).then((response) => response.arrayBuffer());
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return slowest;
  };
}

describe("the cost of one request", () => {
  it("answers the worst JSON shapes under the size limit fast, briefly and below 500 on every JSON endpoint, /api/health still answering", {
    timeout: 900_000,
  }, async () => {
    for (const shape of shapes) expect(shape.json.length, shape.name).toBeLessThan(LIMIT - 60);
    // A first, small request to each loads its route's code: that start-up is not what a body costs.
    for (const target of targets()) await (await target.send('"warm-up"')).arrayBuffer();
    const stopWatching = watchHealth();
    const slow: string[] = [];
    const timings: { where: string; took: number }[] = [];
    for (const target of targets()) {
      for (const shape of shapes) {
        const started = performance.now();
        // A server stuck on one body would hold this test for minutes: give up well past the bound.
        const response = await Promise.race([
          target.send(shape.json),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 20 * BOUND_MS)),
        ]);
        const text = response ? await response.text() : "";
        const took = Math.round(performance.now() - started);
        const where = `${target.name} with ${shape.name}: ${response?.status ?? "no answer"} in ${took} ms, ${text.length} bytes`;
        timings.push({ where, took });
        if (!response || took > BOUND_MS || text.length > MAX_ANSWER_BYTES || response.status >= 500 || leakedInternals(text).length > 0)
          slow.push(where);
      }
    }
    const healthSlowest = await stopWatching();
    const slowest = timings
      .sort((a, b) => b.took - a.took)
      .slice(0, 3)
      .map((timing) => timing.where);
    console.info(
      `[request-cost] ${timings.length} requests (${targets().length} endpoints × ${shapes.length} shapes); ` +
        `/api/health answered within ${Math.round(healthSlowest)} ms throughout; slowest: ${slowest.join("; ")}`,
    );
    expect(slow).toEqual([]);
    expect(healthSlowest).toBeLessThan(BOUND_MS);
  });

  it("refuses nesting deeper than the limit with a 400 naming it, and echoes few, short paths", async () => {
    const deepBody = `{"status":${nested(nul, 5_000)}}`;
    const answer = await post(`/api/matching/${world.matchingA}`, { ...api, Authorization: `Bearer ${world.keyA}` }, deepBody, "PATCH");
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { code: string; message: string; details?: { path: string }[] } };
    expect(body.error.code).toBe("too_deep");
    expect(body.error.message).toMatch(/nested more than \d+ levels/);

    const many = `{"status":"VIEWED","a":[${Array(200).fill(nul).join(",")}],"${"k".repeat(2_000)}\\u0000":1}`;
    const unstorable = await post(`/api/matching/${world.matchingA}`, { ...api, Authorization: `Bearer ${world.keyA}` }, many, "PATCH");
    expect(unstorable.status).toBe(400);
    const refused = (await unstorable.json()) as { error: { details: { path: string }[] } };
    expect(refused.error.details.length).toBeLessThanOrEqual(5);
    for (const detail of refused.error.details) expect(detail.path.length).toBeLessThanOrEqual(200);
  });
});
