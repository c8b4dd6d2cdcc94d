import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import { requestFrom } from "../helpers/http-from";
import { inngestSignature, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { buildWorld, PASSWORD, type World } from "./isolation-world";

// The limits that need no credential (per client address), the limits every process shares
// (two `next start` on one PostgreSQL), and the in-request recalculations one tenant may queue.
// Each client is a loopback address of its own, as the server sees its socket.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-shared-limits-"));
const postgres = Boolean(process.env.TEST_DATABASE_URL);
let url: string;
let drop: () => Promise<void>;
let world: World;
const servers: NextServer[] = [];

const serve = async (env: Record<string, string> = {}) => {
  const server = await startNext({
    DATABASE_URL: url,
    INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
    BETTER_AUTH_SECRET: "shared-limits-secret-shared-limits-0",
    ...env,
  });
  servers.push(server);
  return server;
};
const stopAll = async () => {
  for (const server of servers.splice(0)) await server.stop();
};

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  world = await withDatabase(url, buildWorld);
});

afterAll(async () => {
  await stopAll();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const statuses = async (count: number, send: (index: number) => Promise<{ status: number }>) => {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await send(index)).status);
  return seen;
};

describe("requests without a valid credential, per client address", () => {
  let app: NextServer;
  beforeAll(async () => {
    app = await serve({ ADDRESS_RATE_LIMIT_PER_MINUTE: "10" });
  });
  afterAll(stopAll);

  it("bounds /api/health, then answers 429 with Retry-After; another address is not affected", async () => {
    const seen = await statuses(14, () => requestFrom("127.0.0.11", `${app.url}/api/health`));
    expect(seen.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(seen.slice(10).every((status) => status === 429)).toBe(true);
    const refused = await requestFrom("127.0.0.11", `${app.url}/api/health`);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "rate_limited" } });
    expect((await requestFrom("127.0.0.12", `${app.url}/api/health`)).status).toBe(200);
  });

  it("bounds requests with a wrong API key; a valid key from the same address still works", async () => {
    const seen = await statuses(14, (index) =>
      requestFrom("127.0.0.13", `${app.url}/api/jobs`, { headers: { Authorization: `Bearer tm_wrong${index}` } }),
    );
    expect(seen.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(seen.slice(10).every((status) => status === 429)).toBe(true);
    expect((await requestFrom("127.0.0.13", `${app.url}/api/jobs`, { headers: { Authorization: `Bearer ${world.keyA}` } })).status).toBe(
      200,
    );
  });

  it("bounds forged Inngest signatures before they reach the signature ledger", async () => {
    const seen = await statuses(14, (index) => {
      const body = JSON.stringify({
        event: { name: "gig/ranking.recalculate", data: { gigId: world.jobA, workspaceId: world.workspaceA.id } },
        n: index,
      });
      return requestFrom("127.0.0.14", `${app.url}/api/inngest?fnId=talent-matching-recalculate-gig-ranking&stepId=step`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Inngest-Signature": inngestSignature(body, "signkey-test-00000000") },
        body,
      });
    });
    expect(seen.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(seen.slice(10).every((status) => status === 429)).toBe(true);
  });
});

describe("in-request recalculations (no Inngest server)", () => {
  let app: NextServer;
  beforeAll(async () => {
    app = await serve();
  });
  afterAll(stopAll);

  it("runs two in-request recalculations at once; a workspace's burst past its share gets 429 + Retry-After, another's runs", async () => {
    const recalculate = (key: string, job: string) =>
      fetch(`${app.url}/api/jobs/${job}/recalculate`, { method: "POST", headers: { Authorization: `Bearer ${key}` } });
    const since = new Date();
    const burst = Array.from({ length: 40 }, () => recalculate(world.keyA, world.jobA));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const other = await recalculate(world.keyB, world.jobB);
    const otherMs = Math.round(performance.now() - started);
    const answers = await Promise.all(burst);
    const counts = {
      ok: answers.filter((answer) => answer.status === 200).length,
      busy: answers.filter((answer) => answer.status === 429).length,
    };
    console.info(
      `[shared-limits] 40 recalculations at once from one workspace: ${counts.ok} ran, ${counts.busy} refused; ` +
        `another workspace's answered ${other.status} in ${otherMs} ms`,
    );
    expect(other.status).toBe(200);
    expect(counts.ok + counts.busy).toBe(40);
    expect(counts.ok).toBeGreaterThanOrEqual(1);
    expect(counts.busy).toBeGreaterThanOrEqual(1);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "recalculation_busy" } });

    // Never more than two at once in the process, whichever workspace: the runs' own times say so.
    await stopAll();
    const runs = await withDatabase(url, (db) =>
      db.matchingRun.findMany({ where: { trigger: "manual", startedAt: { gte: since } }, select: { startedAt: true, finishedAt: true } }),
    );
    expect(runs.length).toBe(counts.ok + 1);
    const overlapping = Math.max(
      ...runs.map(
        (run) => runs.filter((other) => other.startedAt <= run.startedAt && (other.finishedAt ?? new Date()) > run.startedAt).length,
      ),
    );
    expect(overlapping).toBeLessThanOrEqual(2);
  });
});

describe.runIf(postgres)("limits shared by every process on one PostgreSQL", () => {
  let first: NextServer;
  let second: NextServer;
  let key: string;
  beforeAll(async () => {
    // A key of its own: the budget is counted per key, whatever the process.
    key = (await withDatabase(url, (db) => createApiKey(db, "beta", "two processes"))).key;
    first = await serve({ API_RATE_LIMIT_PER_MINUTE: "20" });
    second = await serve({ API_RATE_LIMIT_PER_MINUTE: "20" });
  });
  afterAll(stopAll);

  it("counts one key's requests to two processes against one budget", async () => {
    const seen = await statuses(30, (index) =>
      fetch(`${(index % 2 ? second : first).url}/api/jobs`, { headers: { Authorization: `Bearer ${key}` } }),
    );
    expect(seen.filter((status) => status === 200).length).toBe(20);
    expect(seen.filter((status) => status === 429).length).toBe(10);
  });

  it("locks an account on both processes after wrong passwords on one", async () => {
    const signIn = (server: NextServer, password: string) =>
      requestFrom("127.0.0.15", `${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: server.url },
        body: JSON.stringify({ email: "bob@beta.test", password }),
      });
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(first, "not the password")).status).toBe(401);
    const other = await signIn(second, PASSWORD);
    expect(other.status).toBe(429);
  });
});
