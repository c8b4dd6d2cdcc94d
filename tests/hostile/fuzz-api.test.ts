import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase, type DatabaseSnapshot } from "../helpers/database-snapshot";
import {
  deep,
  encodeHostile,
  hostileLiteral,
  hostileSegment,
  hostileString,
  malformedBody,
  objectBody,
} from "../helpers/hostile-arbitraries";
import { expectSafeAnswer, leakedInternals, sendChunked, type Answer } from "../helpers/hostile-http";
import { startNext, type NextServer } from "../helpers/next-server";
import { runScript } from "../helpers/run-script";
import { createDemoDatabaseUrl } from "../helpers/demo-database";
import { withDatabase } from "../helpers/test-database";

// Every API endpoint under hostile input, over real HTTP against `next start` on the demo data.
// Reproducible: a fixed seed (FUZZ_SEED to replay another), FUZZ_RUNS requests per property.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const fuzz = <T>(property: fc.IAsyncPropertyWithHooks<T>) => fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-fuzz-api-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let key: string;
const ids = { job: "", matching: "", response: "", candidate: "" };
let before: DatabaseSnapshot;
let sent = 0;

beforeAll(async () => {
  ({ url, drop } = await createDemoDatabaseUrl(dir));
  key = (
    JSON.parse((await runScript("scripts/apikey.ts", ["create", "--workspace", "acme", "--json"], { DATABASE_URL: url })).stdout) as {
      key: string;
    }
  ).key;
  const user = await runScript(
    "scripts/user.ts",
    ["create", "--email", "rita@example.com", "--workspace", "acme", "--password", "correct horse battery"],
    { DATABASE_URL: url },
  );
  expect(user.code, user.stderr).toBe(0);
  before = await withDatabase(url, async (db) => {
    const matching = await db.candidateMatching.findFirstOrThrow({ where: { job: { workspace: { slug: "acme" }, status: "ACTIVE" } } });
    const response = await db.response.findFirstOrThrow({ where: { job: { workspace: { slug: "acme" } } } });
    // A candidate who has not responded to the job: a valid body for them would be created, so only the hostile part refuses it.
    const candidate = await db.candidate.findFirstOrThrow({ where: { responses: { none: { jobId: matching.jobId } } } });
    Object.assign(ids, { job: matching.jobId, matching: matching.id, candidate: candidate.id, response: response.id });
    return snapshotDatabase(db);
  });
  app = await startNext({
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: "fuzz-secret-fuzz-secret-fuzz-secret-00",
    API_RATE_LIMIT_PER_MINUTE: "100000",
  });
});

afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Auth = "valid" | "none" | "garbage";
const authHeader = (auth: Auth, garbage: string): Record<string, string> =>
  auth === "valid" ? { Authorization: `Bearer ${key}` } : auth === "none" ? {} : { Authorization: garbage };
const garbageAuth = fc.constantFrom(
  "Bearer",
  "Bearer ",
  "bearer tm_",
  `Bearer tm_${"A".repeat(5_000)}`,
  "Basic dXNlcjpwYXNz",
  "Bearer ' OR 1=1 --",
  "Bearer tm_\u00e9\u00ff",
  "Bearer\ttm_x y",
);
const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonp",
  "",
);

async function send(method: string, route: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  sent++;
  const response = await fetch(`${app!.url}${route}`, { method, headers, body });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
}

const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom("jobId", "candidateId", "status", "minScore", "minSkillsMatch", "allRequiredSkills", "limit", "cursor"),
        hostileString,
      ),
      fc.oneof(
        hostileString,
        hostileLiteral.filter((literal) => literal.length < 2_000),
        cursorFor(),
      ),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeHostile(k)}=${encodeHostile(v)}`).join("&")}` : ""));

/** Cursors shaped like the API's own (base64url JSON) whose fields are out of range or not ids. */
function cursorFor(): fc.Arbitrary<string> {
  const field = fc.oneof(
    hostileString.map((value) => JSON.stringify(value)),
    fc.constant('"00000000-0000-0000-0000-000000000000"'),
  );
  const rank = fc.constantFrom("1e308", "-1", "2147483648", "-2147483649", "0", "null", "1.5", '"1"', "9007199254740993");
  return fc
    .tuple(field, rank, field)
    .map(([jobId, r, id]) => Buffer.from(`{"jobId":${jobId},"rank":${r},"id":${id}}`).toString("base64url"));
}

// The endpoints (app/api/**, lib/api/operations.ts) and the body keys of those that take one.
const endpoints = () => [
  { method: "GET", route: (s: string) => `/api/jobs${s}` },
  { method: "GET", route: (s: string) => `/api/matching${s}` },
  { method: "GET", route: (s: string) => `/api/matching/${s}` },
  { method: "PATCH", route: (s: string) => `/api/matching/${s}`, keys: ["status"] },
  { method: "POST", route: (s: string) => `/api/jobs/${s}/recalculate` },
  {
    method: "POST",
    route: (s: string) => `/api/jobs/${s}/responses`,
    keys: ["candidateId", "coverLetter", "screeningScore", "interviewScore"],
  },
  { method: "PATCH", route: (s: string) => `/api/responses/${s}`, keys: ["screeningScore", "interviewScore"] },
  { method: "GET", route: (s: string) => `/api/health${s}` },
  { method: "GET", route: (s: string) => `/api/openapi.json${s}` },
  { method: "GET", route: (s: string) => `/api/${s}` },
];

describe("every API endpoint under hostile input", () => {
  it("answers hostile path segments, query strings, methods and keys with a 4xx in the one error shape, never a 5xx", {
    timeout: 600_000,
  }, async () => {
    const request = fc.record({
      endpoint: fc.constantFrom(...endpoints()),
      segment: fc.oneof({ weight: 4, arbitrary: hostileSegment }, { weight: 1, arbitrary: fc.constant("") }),
      query,
      method: fc.oneof(fc.constant(null), fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "FOO")),
      auth: fc.constantFrom<Auth>("valid", "valid", "none", "garbage"),
      garbage: garbageAuth,
    });
    await fuzz(
      fc.asyncProperty(request, async ({ endpoint, segment, query: search, method, auth, garbage }) => {
        const chosen = method ?? endpoint.method;
        const route = endpoint.route(segment) + search;
        const answer = await send(chosen, route, authHeader(auth, garbage));
        // Next answers OPTIONS itself (204, Allow); every unsafe method on a hostile path must be refused.
        expectSafeAnswer(answer, `${chosen} ${route.slice(0, 300)}`, { refused: !["GET", "HEAD", "OPTIONS"].includes(chosen) });
      }),
    );
  });

  it("refuses hostile bodies on every endpoint that takes one, on real ids, with every content type", { timeout: 600_000 }, async () => {
    const request = fc.constantFrom(...endpoints().filter((endpoint) => endpoint.keys)).chain((endpoint) =>
      fc.record({
        endpoint: fc.constant(endpoint),
        body: fc.oneof({ weight: 3, arbitrary: objectBody(endpoint.keys!) }, { weight: 2, arbitrary: malformedBody }),
        contentType,
        auth: fc.constantFrom<Auth>("valid", "valid", "valid", "none", "garbage"),
        garbage: garbageAuth,
      }),
    );
    await fuzz(
      fc.asyncProperty(request, async ({ endpoint, body, contentType: type, auth, garbage }) => {
        const target = endpoint.route(
          endpoint.keys!.includes("status") ? ids.matching : endpoint.keys!.includes("candidateId") ? ids.job : ids.response,
        );
        const headers = { ...authHeader(auth, garbage), ...(type ? { "Content-Type": type } : {}) };
        const answer = await send(endpoint.method, target, headers, body);
        expectSafeAnswer(answer, `${endpoint.method} ${target} [${type}] ${body.slice(0, 300)}`, { refused: true });
      }),
    );
  });

  it("refuses hostile sign-ins at better-auth's /api/auth/* without a 5xx or internals", { timeout: 600_000 }, async () => {
    const request = fc.record({
      route: fc.oneof(
        fc.constantFrom("/api/auth/sign-in/email", "/api/auth/sign-up/email", "/api/auth/sign-out"),
        hostileSegment.map((s) => `/api/auth/${s}`),
      ),
      body: fc.oneof(objectBody(["email", "password", "rememberMe", "callbackURL"]), malformedBody),
      contentType,
      cookie: fc.oneof(
        fc.constant(""),
        hostileString.map((s) => `better-auth.session_token=${encodeHostile(s)}`),
      ),
    });
    await fuzz(
      fc.asyncProperty(request, async ({ route, body, contentType: type, cookie }) => {
        const headers = { ...(type ? { "Content-Type": type } : {}), ...(cookie ? { Cookie: cookie } : {}) };
        const answer = await send("POST", route, headers, body);
        // Signing out without a session is a no-op the database snapshot below checks; anything else must be refused.
        const refused = route !== "/api/auth/sign-out";
        expectSafeAnswer(answer, `POST ${route} [${type}] ${body.slice(0, 300)}`, { refused, errorShape: "better-auth" });
        const session = await send("GET", "/api/auth/get-session", cookie ? { Cookie: cookie } : {});
        expectSafeAnswer(session, `GET /api/auth/get-session ${cookie.slice(0, 200)}`, { refused: false, errorShape: "better-auth" });
        expect(session.text).toBe("null");
      }),
    );
  });
});

describe("the defects the fuzzer found, pinned", () => {
  const auth = () => ({ Authorization: `Bearer ${key}` });
  const cursor = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("refuses forged cursors (a non-UUID id, a rank beyond the integer column): a 400 naming query.cursor, no database error", async () => {
    const zero = "00000000-0000-0000-0000-000000000000";
    for (const forged of [
      { jobId: "<script>", rank: 1, id: zero },
      { jobId: zero, rank: 2_147_483_648, id: zero },
    ]) {
      const answer = await send("GET", `/api/matching?cursor=${cursor(forged)}`, auth());
      expectSafeAnswer(answer, JSON.stringify(forged), { refused: true });
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "invalid_request", details: [{ path: "query.cursor" }] } });
    }
  });

  it("refuses text the database cannot store (NUL, an unpaired surrogate) with a 400 naming the field", async () => {
    // JSON escapes, as a client sends them.
    for (const coverLetter of ["a\\u0000b", "\\ud800"]) {
      const answer = await send(
        "POST",
        `/api/jobs/${ids.job}/responses`,
        { ...auth(), "Content-Type": "application/json" },
        `{"candidateId":"${ids.candidate}","coverLetter":"${coverLetter}"}`,
      );
      expectSafeAnswer(answer, coverLetter, { refused: true });
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "invalid_request", details: [{ path: "body.coverLetter" }] } });
    }
  });

  it("answers paths that do not percent-decode with a JSON 400, and /api itself with the JSON 404", async () => {
    for (const route of ["/api/matching/%", "/api/jobs/%C0%AE/recalculate", "/api/health%ff", "/api/auth/%E0%A4%A"]) {
      const answer = await send("GET", route, auth());
      expectSafeAnswer(answer, route, { refused: true });
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "invalid_path" } });
    }
    const root = await send("GET", "/api", auth());
    expect(root.status).toBe(404);
    expect(JSON.parse(root.text)).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("request size limits", () => {
  const writers = () => [
    { method: "PATCH", route: () => `/api/matching/${ids.matching}` },
    { method: "POST", route: () => `/api/jobs/${ids.job}/responses` },
    { method: "PATCH", route: () => `/api/responses/${ids.response}` },
  ];
  const json = () => ({ Authorization: `Bearer ${key}`, "Content-Type": "application/json" });

  it("answers 413 to a 10 MB body on every endpoint that takes one", { timeout: 600_000 }, async () => {
    const tenMegabytes = JSON.stringify({ status: "VIEWED", pad: "x".repeat(10 * 1024 * 1024) });
    for (const { method, route } of writers()) {
      const answer = await send(method, route(), json(), tenMegabytes);
      expectSafeAnswer(answer, `${method} ${route()} 10 MB`, { refused: true });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "payload_too_large" } });
    }
  });

  it("cuts a chunked body without Content-Length off at the limit while it streams, rather than reading it whole", {
    timeout: 600_000,
  }, async () => {
    for (const { route } of writers().filter((writer) => writer.method === "PATCH")) {
      // Up to 256 MB offered: a server reading it whole would take it all before answering.
      const answer = await sendChunked(`${app!.url}${route()}`, json(), 256 * 1024 * 1024);
      expect(answer.status, answer.text).toBe(413);
      expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "payload_too_large" } });
      expect(answer.bytesSent).toBeLessThan(64 * 1024 * 1024);
    }
  });

  it("parses 10,000 levels of nesting under the size limit into a 400, and refuses an oversized URL with a 4xx", async () => {
    for (const body of [deep(10_000), deep(10_000, '{"status":', "}", '"VIEWED"'), `{"status":${deep(100_000)}}`]) {
      const answer = await send("PATCH", `/api/matching/${ids.matching}`, json(), body);
      expectSafeAnswer(answer, `PATCH nested ${body.length} bytes`, { refused: true });
      expect(answer.status).toBe(400);
    }
    const long = await send("GET", `/api/matching?cursor=${"a".repeat(100_000)}`, { Authorization: `Bearer ${key}` });
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    expect(leakedInternals(long.text)).toEqual([]);
  });
});

describe("the database", () => {
  it("is exactly as it was before the fuzzing: no refused request wrote anything", { timeout: 600_000 }, async () => {
    expect(sent).toBeGreaterThan(0);
    await app?.stop();
    app = undefined;
    expect(await withDatabase(url, snapshotDatabase)).toEqual(before);
  });
});
