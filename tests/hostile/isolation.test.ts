import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../lib/api/operations";
import { snapshotDatabase, type DatabaseSnapshot } from "../helpers/database-snapshot";
import { filesNamed, serverActionIds, serverActions, signIn, tenantClient, type TenantClient } from "../helpers/isolation-client";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { answerMatrix, cursorsOf, differences, isolationServerEnv, leaks, type MatrixAnswers } from "./isolation-checks";
import { attempts, type Attempt } from "./isolation-matrix";
import { buildWorld, PASSWORD, type World } from "./isolation-world";

// Tenant B (a recruiter of workspace "beta" and its API key) against tenant A's ("acme") job,
// matchings, response, candidates and runs, through every API endpoint, page and server action,
// over real HTTP against `next start`. B must get exactly what B gets for something that does not
// exist, see nothing of A in bodies or headers, and change nothing: the database is compared
// before and after all of B's attempts (the server is stopped for each snapshot, so the embedded
// database can be opened too). A does the same requests first, so each is known to work.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-isolation-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let world: World;
let matrix: Attempt[];
let answers: MatrixAnswers;
let before: DatabaseSnapshot;
let after: DatabaseSnapshot;

const serve = () => startNext(isolationServerEnv(url));

async function snapshot(): Promise<DatabaseSnapshot> {
  return withDatabase(url, snapshotDatabase);
}

let alice: TenantClient;
let a: TenantClient;
let cookies: { alice: string; bob: string };
let cursorA: { anyJob: string; oneJob: string };

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    world = await buildWorld(db);
  });
  app = await serve();
  cookies = { alice: await signIn(app.url, "alice@acme.test", PASSWORD), bob: await signIn(app.url, "bob@beta.test", PASSWORD) };
  a = tenantClient(app.url, { key: world.keyA });
  alice = tenantClient(app.url, { cookie: cookies.alice });
  cursorA = await cursorsOf(a, world.jobA);
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tenant A's own requests (so B's refusals are not malformed requests)", () => {
  it("reads A's matching, job, response, candidate panel, runs and candidate search", async () => {
    expect((await a.get(`/api/matching/${world.matchingA}`)).status).toBe(200);
    expect((await a.get(`/api/matching?jobId=${world.jobA}&cursor=${cursorA.oneJob}`)).status).toBe(200);
    expect((await a.get(`/api/matching?cursor=${cursorA.anyJob}`)).status).toBe(200);
    expect((await a.send("PATCH", `/api/responses/${world.responseA}`, { screeningScore: 41 })).status).toBe(200);
    const panel = await alice.get(`/w/acme/jobs/${world.jobA}?candidate=${world.candidateA}`);
    expect(panel.status).toBe(200);
    expect(panel.body).toContain("Acmeonly Person");
    const runs = await alice.get(`/w/acme/runs?before=${world.runA.sameTimeOtherId}`);
    expect(runs.status).toBe(200);
    const search = await alice.get("/w/acme/search?q=TypeScript");
    expect(search.status).toBe(200);
    expect(search.body).toContain("Acmeonly Person");
  });

  it("changes a status, one and in bulk, and recalculates through the server actions over HTTP", async () => {
    const actions = serverActionIds();
    const changed = await alice.action(`/w/acme/jobs/${world.jobA}`, actions.changeStatus!, ["acme", world.otherMatchingA, "VIEWED"]);
    expect(changed.result).toEqual({ ok: true });
    const bulk = await alice.formAction(`/w/acme/jobs/${world.jobA}`, actions.changeStatuses!, {
      workspace: "acme",
      jobId: world.jobA,
      ids: [world.otherMatchingA],
      status: "VIEWED",
    });
    expect(bulk.result).toEqual({ ok: true, message: "1 candidate set to Viewed." });
    const recalculated = await alice.action(`/w/acme/jobs/${world.jobA}`, actions.recalculateNow!, ["acme", world.jobA]);
    expect(recalculated.result).toMatchObject({ ok: true, ranked: 50 });
    expect((await a.get(`/api/matching/${world.otherMatchingA}`)).body).toContain('"status":"VIEWED"');
  });
});

describe("the sign-in actions, used by B", () => {
  it("signIn with a return path to A's job signs B in and lands on the not-found page", async () => {
    const form = new FormData();
    // React's encoding of the arguments: the form's fields as part 1, then the root, last, that
    // refers to it (the server resolves the root as soon as it arrives).
    form.set("_1_email", "bob@beta.test");
    form.set("_1_password", PASSWORD);
    form.set("_1_next", `/w/acme/jobs/${world.jobA}`);
    form.set("0", JSON.stringify([{ error: null, email: "" }, "$K1"]));
    const response = await fetch(`${app!.url}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app!.url, "Next-Action": serverActionIds().signIn! },
      body: form,
    });
    expect(response.headers.get("x-action-redirect")).toMatch(new RegExp(`^/w/acme/jobs/${world.jobA}`));
    const session = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    expect(session).toMatch(/session_token=/);
    const landed = await tenantClient(app!.url, { cookie: session }).get(`/w/acme/jobs/${world.jobA}`);
    expect(landed.status).toBe(404);
    for (const secret of world.secrets) if (!`/w/acme/jobs/${world.jobA}`.includes(secret)) expect(landed.body).not.toContain(secret);
  });

  it("signOut ends only the caller's own session", async () => {
    const second = await signIn(app!.url, "bob@beta.test", PASSWORD);
    const signedOut = await tenantClient(app!.url, { cookie: second }).action("/w/beta", serverActionIds().signOut!, []);
    expect(signedOut.headers["x-action-redirect"]).toMatch(/^\/sign-in/);
    const session = async (cookie: string) => (await tenantClient(app!.url, { cookie }).get("/api/auth/get-session")).body;
    expect(await session(second)).toBe("null");
    expect(await session(cookies.bob)).toContain("bob@beta.test");
    expect(await session(cookies.alice)).toContain("alice@acme.test");
  });
});

describe("tenant B against tenant A", () => {
  beforeAll(async () => {
    await app!.stop();
    before = await snapshot();
    app = await serve();
    const tenants = {
      b: tenantClient(app.url, { key: world.keyB }),
      bob: tenantClient(app.url, { cookie: cookies.bob }),
      actions: serverActionIds(),
    };
    matrix = attempts(world, tenants, cursorA);
    answers = await answerMatrix(matrix);
    await app.stop();
    app = undefined;
    after = await snapshot();
  });

  it("covers every API route, OpenAPI operation, page and server action", () => {
    const covered = new Set(matrix.flatMap((attempt) => attempt.covers));
    const required = [
      ...filesNamed("app/api", "route.ts"),
      ...OPERATIONS.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`),
      ...filesNamed("app", "page.tsx"),
      ...serverActions("app").filter((action) => !action.startsWith("app/sign-in/")),
    ];
    // The sign-in actions take no workspace: they are tried above, before B's attempts.
    expect(serverActions("app/sign-in")).toEqual(["app/sign-in/actions.ts#signIn", "app/sign-in/actions.ts#signOut"]);
    expect(required.filter((entry) => !covered.has(entry))).toEqual([]);
  });

  it("answers B exactly as for something that does not exist", () => {
    expect(differences(matrix, answers)).toEqual([]);
  });

  it("never shows B anything of A, in bodies or headers", async () => {
    expect(await leaks(matrix, answers, world.secrets)).toEqual([]);
  });

  it("changes nothing in the database", () => {
    expect(after).toEqual(before);
  });

  it("made the whole matrix: endpoints × resources × ways", () => {
    const resources = new Set(matrix.map((attempt) => attempt.resource));
    const ways = new Set(matrix.map((attempt) => attempt.way));
    expect([...resources].sort()).toEqual(["candidate", "job", "matching", "response", "run", "workspace"]);
    expect([...ways].sort()).toEqual(["cursor", "filter", "id", "list", "own-url", "url"]);
    const requests = [...answers.values()].reduce((sum, answer) => sum + (answer.missing ? 2 : 1), 0);
    console.info(`[isolation] ${matrix.length} attempts, ${requests} requests by B`);
  });
});
