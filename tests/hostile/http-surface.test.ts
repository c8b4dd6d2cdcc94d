import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// What every answer says about itself to a browser (security headers), and what every API path
// says it serves (OPTIONS), over HTTP against `next start`: one server whose public origin is
// https, one on http whose database is down (for the 500s).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-http-surface-"));
let url: string;
let drop: () => Promise<void>;
let key: string;
let job: string;
let app: NextServer | undefined;
const SECRET = "surface-secret-surface-secret-surface";

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(db, eligibleCandidates(3));
    job = await jobId(db);
    key = (await createApiKey(db, "acme", "surface")).key;
  });
});
afterAll(async () => {
  await serve(null);
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Stops the server of the previous test, if any, and starts one with `env` (none for null). */
async function serve(env: Record<string, string> | null): Promise<NextServer> {
  await app?.stop();
  app = env ? await startNext(env) : undefined;
  return app!;
}

const EVERY_ANSWER = { "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "same-origin" };

function expectSecurityHeaders(response: Response, where: string, expected: { page: boolean; hsts: boolean }) {
  for (const [name, value] of Object.entries(EVERY_ANSWER)) expect(response.headers.get(name), `${where}: ${name}`).toBe(value);
  expect(response.headers.get("x-powered-by"), where).toBeNull();
  const policy = response.headers.get("content-security-policy") ?? "";
  expect(policy, where).toContain("frame-ancestors 'none'");
  if (expected.page) {
    // Scripts only with this answer's nonce: an injected inline script or one from elsewhere never runs.
    expect(policy, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'(;|$)/);
    expect(policy, where).not.toContain("unsafe-inline' 'nonce"); // no fallback that re-allows inline scripts
    expect(policy, where).toContain("object-src 'none'");
  } else {
    expect(policy, where).toContain("default-src 'none'");
  }
  expect(response.headers.get("strict-transport-security"), where).toBe(expected.hsts ? "max-age=31536000" : null);
}

describe("security headers", () => {
  it("are on pages, API answers, errors, Inngest's endpoint and static files, with HSTS for an https origin", async () => {
    const server = await serve({
      DATABASE_URL: url,
      INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
      BETTER_AUTH_SECRET: SECRET,
      APP_URL: "https://match.example.com",
    });
    const get = (route: string, init: RequestInit = {}) => fetch(`${server.url}${route}`, { redirect: "manual", ...init });
    const signIn = await get("/sign-in");
    const nonces = new Set<string>();
    for (const [route, status] of [
      ["/sign-in", 200],
      ["/sign-in", 200],
      ["/", 307],
      ["/no/such/page", 404],
      ["/w/nowhere", 307],
    ] as const) {
      const response = await get(route);
      expect(response.status, route).toBe(status);
      expectSecurityHeaders(response, `page ${route}`, { page: true, hsts: true });
      nonces.add(/'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]!);
    }
    expect(nonces.size, "a fresh nonce per answer").toBe(5);
    // Next.js puts the answer's nonce on every script it renders.
    const html = await signIn.text();
    const nonce = /'nonce-([^']+)'/.exec(signIn.headers.get("content-security-policy")!)![1]!;
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const auth = { Authorization: `Bearer ${key}` };
    const apiAnswers: [string, RequestInit, number][] = [
      ["/api/health", {}, 200],
      ["/api/jobs", { headers: auth }, 200],
      ["/api/jobs", {}, 401],
      ["/api/nothing/here", {}, 404],
      ["/api/matching", { method: "DELETE", headers: auth }, 405],
      [`/api/jobs/${job}/responses`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{}" }, 400],
      ["/api/matching?limit=0x10", { headers: auth }, 400],
      ["/api/inngest", {}, 401],
      ["/api/inngest", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }, 401],
      ["/api/auth/get-session", {}, 200],
    ];
    for (const [route, init, status] of apiAnswers) {
      const response = await get(route, init);
      expect(response.status, `${init.method ?? "GET"} ${route}`).toBe(status);
      // Answers to requests with a body skip the proxy (it would buffer the body): no HSTS there.
      expectSecurityHeaders(response, `${init.method ?? "GET"} ${route}`, { page: false, hsts: init.body === undefined });
    }
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
    const stylesheet = await get(css);
    expect(stylesheet.status).toBe(200);
    for (const [name, value] of Object.entries(EVERY_ANSWER)) expect(stylesheet.headers.get(name), `${css}: ${name}`).toBe(value);
  });

  it("are on 500s too, and without HSTS for an http origin", async () => {
    const server = await serve({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable", BETTER_AUTH_SECRET: SECRET });
    const page = await fetch(`${server.url}/w/acme`);
    expect(page.status).toBe(500);
    expectSecurityHeaders(page, "page /w/acme, database down", { page: true, hsts: false });
    const api = await fetch(`${server.url}/api/jobs`, { headers: { Authorization: `Bearer ${key}` } });
    expect(api.status).toBe(500);
    expectSecurityHeaders(api, "GET /api/jobs, database down", { page: false, hsts: false });
  });
});

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

describe("OPTIONS", () => {
  it("names, for every API path, exactly the methods that do not answer 405", async () => {
    const server = await serve({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY, BETTER_AUTH_SECRET: SECRET });
    const id = crypto.randomUUID();
    const paths = [
      "/api/health",
      "/api/jobs",
      "/api/matching",
      `/api/matching/${id}`,
      `/api/jobs/${id}/recalculate`,
      `/api/jobs/${id}/responses`,
      `/api/responses/${id}`,
      "/api/openapi.json",
      "/api/inngest",
      "/api/auth/sign-in/email",
      "/api/auth/sign-out",
      "/api/auth/get-session",
      "/api/auth/organization/list",
    ];
    for (const route of paths) {
      const options = await fetch(`${server.url}${route}`, { method: "OPTIONS" });
      expect(options.status, route).toBe(204);
      const allowed = (options.headers.get("allow") ?? "").split(", ").sort();
      const served: string[] = [];
      for (const method of METHODS) {
        const response = await fetch(`${server.url}${route}`, {
          method,
          headers: { "Content-Type": "application/json" },
          ...(["GET", "HEAD"].includes(method) ? {} : { body: "{}" }),
        });
        expect(response.status, `${method} ${route}`).not.toBe(404);
        if (response.status !== 405) served.push(method);
        else expect(response.headers.get("allow") ?? allowed.join(", "), `${method} ${route}: Allow`).toBe(options.headers.get("allow"));
      }
      expect(allowed, `OPTIONS ${route}: ${options.headers.get("allow")}`).toEqual([...served, "OPTIONS"].sort());
    }
    for (const route of ["/api/nothing", "/api/auth/sign-up/email"])
      expect((await fetch(`${server.url}${route}`, { method: "OPTIONS" })).status, route).toBe(404);
  });
});
