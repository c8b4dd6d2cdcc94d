import { Validator } from "@seriousme/openapi-schema-validator";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../lib/api/operations";
import { allowedMethods } from "../../lib/api/route-methods";
import { startNext, type NextServer } from "../helpers/next-server";
import { runScript } from "../helpers/run-script";
import { createDemoDatabaseUrl } from "../helpers/demo-database";

// The REST API over real HTTP against `next start`, on the demo data, with two workspaces' keys.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-api-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
const keys: Record<string, { id: string; key: string }> = {};
let acmeJobs: { jobId: string; matches: { candidateId: string }[] }[];

type Item = {
  id: string;
  jobId: string;
  rank: number | null;
  matchScore: number;
  status: string;
  aiReasonSource: string;
  candidate: { id: string };
};
type Page = { data: Item[]; nextCursor: string | null };

beforeAll(async () => {
  const demo = await createDemoDatabaseUrl(dir);
  ({ url, drop } = demo);
  acmeJobs = (JSON.parse(demo.output) as { jobs: ((typeof acmeJobs)[number] & { workspace: string })[] }).jobs.filter(
    (j) => j.workspace === "acme",
  );
  for (const workspace of ["acme", "northwind"]) {
    keys[workspace] = JSON.parse(
      (await runScript("scripts/apikey.ts", ["create", "--workspace", workspace, "--json"], { DATABASE_URL: url })).stdout,
    );
  }
  const user = await runScript(
    "scripts/user.ts",
    ["create", "--email", "rita@example.com", "--workspace", "acme", "--password", "correct horse battery"],
    { DATABASE_URL: url },
  );
  expect(user.code, user.stderr).toBe(0);
  app = await startNext({ DATABASE_URL: url, BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e" });
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (route: string, workspace: string | null = "acme") =>
  fetch(`${app!.url}${route}`, { headers: workspace ? { Authorization: `Bearer ${keys[workspace]!.key}` } : {} });
const send = (
  method: string,
  route: string,
  body: string,
  headers: Record<string, string> = { "Content-Type": "application/json" },
  workspace = "acme",
) => fetch(`${app!.url}${route}`, { method, headers: { Authorization: `Bearer ${keys[workspace]!.key}`, ...headers }, body });

async function walk(route: string, workspace = "acme"): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = (await (await get(`${route}${cursor ? `&cursor=${cursor}` : ""}`, workspace)).json()) as Page;
    items.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe("GET /api/jobs and /api/matching", () => {
  it("lists only the key's workspace's jobs, with counts, best score and last run", async () => {
    const { data } = (await (await get("/api/jobs")).json()) as {
      data: { id: string; matchingsCount: number; bestScore: number; lastRun: { trigger: string } }[];
    };
    for (const active of acmeJobs) {
      const listed = data.find((job) => job.id === active.jobId);
      expect(listed).toMatchObject({ matchingsCount: active.matches.length, lastRun: { trigger: "cli" } });
      expect(listed!.bestScore).toBe((active.matches[0] as unknown as { matchScore: number }).matchScore);
    }
    const northwind = (await (await get("/api/jobs", "northwind")).json()) as { data: { id: string }[] };
    expect(northwind.data.some((job) => acmeJobs.some((a) => a.jobId === job.id))).toBe(false);
  });

  it("returns a job's ranked matchings with the documented shape, sorted by rank", async () => {
    const job = acmeJobs[0]!;
    const page = (await (await get(`/api/matching?jobId=${job.jobId}`)).json()) as Page;
    expect(page.data.map((item) => item.rank)).toEqual(job.matches.map((_, i) => i + 1));
    expect(Object.keys(page.data[0]!).sort()).toEqual(
      [
        "aiReason",
        "aiReasonSource",
        "breakdown",
        "candidate",
        "domainMatch",
        "experienceMatch",
        "id",
        "jobId",
        "matchScore",
        "rank",
        "skillMatches",
        "skillsMatch",
        "status",
        "updatedAt",
      ].sort(),
    );
    // No GEMINI_API_KEY here: every reason is the one built from the breakdown, and says so.
    expect(page.data.every((item) => item.aiReasonSource === "template")).toBe(true);
    expect(Object.keys(page.data[0]!.candidate).sort()).toEqual(["domains", "externalId", "headline", "id", "name", "skills"]);
  });

  it("walks every page to the end with no duplicate and no gap, for one job and across jobs", async () => {
    const job = acmeJobs[0]!;
    const items = await walk(`/api/matching?jobId=${job.jobId}&limit=7`);
    expect(items.map((item) => item.candidate.id)).toEqual(job.matches.map((match) => match.candidateId));
    const all = await walk("/api/matching?limit=33");
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    expect(all.length).toBe(acmeJobs.reduce((sum, j) => sum + j.matches.length, 0));
  });

  it("filters by status, minimum score and candidate", async () => {
    const job = acmeJobs[0]!;
    const high = (await (await get(`/api/matching?jobId=${job.jobId}&minScore=60&limit=100`)).json()) as Page;
    expect(high.data.every((item) => item.matchScore >= 60)).toBe(true);
    const candidateId = job.matches[0]!.candidateId;
    const theirs = (await (await get(`/api/matching?candidateId=${candidateId}&limit=100`)).json()) as Page;
    expect(theirs.data.length).toBeGreaterThan(0);
    expect(theirs.data.every((item) => item.candidate.id === candidateId)).toBe(true);
  });

  it("filters by skills match and by every required skill held, page by page, and documents both", async () => {
    type Evidence = { breakdown: { evidence: { missingRequiredSkillIds: number[] } }; skillsMatch: number };
    const all = (await walk("/api/matching?limit=100")) as (Item & Evidence)[];
    const holding = (await walk("/api/matching?allRequiredSkills=true&limit=3")) as (Item & Evidence)[];
    // The demo gives every active job a few candidates holding every required skill, not everyone.
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.length).toBeLessThan(all.length);
    expect(holding.map((item) => item.id)).toEqual(
      all.filter((item) => item.breakdown.evidence.missingRequiredSkillIds.length === 0).map((item) => item.id),
    );
    expect((await walk("/api/matching?allRequiredSkills=false&limit=100")).length).toBe(all.length);

    const skilled = (await walk("/api/matching?minSkillsMatch=80&limit=7")) as (Item & Evidence)[];
    expect(skilled.length).toBeGreaterThan(0);
    expect(skilled.map((item) => item.id)).toEqual(all.filter((item) => item.skillsMatch >= 80).map((item) => item.id));

    for (const [query, field] of [
      ["minSkillsMatch=101", "minSkillsMatch"],
      ["minSkillsMatch=high", "minSkillsMatch"],
      ["allRequiredSkills=yes", "allRequiredSkills"],
    ]) {
      const response = await get(`/api/matching?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toEqual([
        `query.${field}`,
      ]);
    }
    const document = (await (await get("/api/openapi.json", null)).json()) as {
      paths: Record<string, { get?: { parameters: { name: string; schema: { description?: string } }[] } }>;
    };
    const parameters = document.paths["/api/matching"]!.get!.parameters;
    for (const name of ["minSkillsMatch", "allRequiredSkills"])
      expect(parameters.find((p) => p.name === name)?.schema.description).toBeTruthy();
  });

  it("names each bad query field", async () => {
    const response = await get("/api/matching?limit=0&status=NOPE&minScore=101&jobId=x&foo=1");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { details: { path: string }[] } };
    expect(error.details.map((d) => d.path).sort()).toEqual(["query", "query.jobId", "query.limit", "query.minScore", "query.status"]);
    expect((await get("/api/matching?cursor=garbage")).status).toBe(400);
  });

  it("reads numbers only as written in decimal digits, and an empty one as a mistake", async () => {
    for (const [query, field] of [
      ["limit=0x10", "limit"],
      ["limit=1e1", "limit"],
      ["limit=%205", "limit"],
      ["limit=", "limit"],
      ["minScore=", "minScore"],
      ["minScore=1e1", "minScore"],
      ["minScore=0x10", "minScore"],
      ["minScore=-0", "minScore"],
    ]) {
      const response = await get(`/api/matching?${query}`);
      expect(response.status, query).toBe(400);
      const { error } = (await response.json()) as { error: { details: { path: string }[] } };
      expect(
        error.details.map((d) => d.path),
        query,
      ).toEqual([`query.${field}`]);
    }
    expect(((await (await get("/api/matching?limit=010&minScore=37.5")).json()) as Page).data.length).toBeLessThanOrEqual(10);
    expect((await get("/api/matching?limit=10&minScore=37.5")).status).toBe(200);
  });
});

describe("one matching and the recruiter's decision", () => {
  it("shows one matching, refuses other workspaces as not found, and keeps a decision through a recalculation", async () => {
    const job = acmeJobs[0]!;
    const [first] = ((await (await get(`/api/matching?jobId=${job.jobId}&limit=1`)).json()) as Page).data;
    const one = (await (await get(`/api/matching/${first!.id}`)).json()) as Item;
    expect(one).toEqual(first);
    for (const route of [`/api/matching/${first!.id}`, `/api/matching?jobId=${job.jobId}`]) {
      const foreign = await get(route, "northwind");
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual(
        await (await get(route.replace(first!.id, crypto.randomUUID()).replace(job.jobId, crypto.randomUUID()))).json(),
      );
    }
    expect((await send("PATCH", `/api/matching/${first!.id}`, JSON.stringify({ status: "REJECTED" }), undefined, "northwind")).status).toBe(
      404,
    );

    const patched = await send("PATCH", `/api/matching/${first!.id}`, JSON.stringify({ status: "REJECTED" }));
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as Item).status).toBe("REJECTED");
    expect((await send("POST", `/api/jobs/${job.jobId}/recalculate`, "")).status).toBe(200);
    const after = (await (await get(`/api/matching/${first!.id}`)).json()) as Item;
    expect(after).toMatchObject({ status: "REJECTED", rank: null });
  });

  it("answers bad bodies, wrong methods and unknown routes with the one error shape", async () => {
    const id = acmeJobs[0]!.matches[1]!.candidateId;
    const matching = ((await (await get(`/api/matching?candidateId=${id}&limit=1`)).json()) as Page).data[0]!;
    expect((await send("PATCH", `/api/matching/${matching.id}`, JSON.stringify({ status: "MAYBE" }))).status).toBe(400);
    expect((await send("PATCH", `/api/matching/${matching.id}`, "{oops")).status).toBe(400);
    expect((await send("PATCH", `/api/matching/${matching.id}`, "status=VIEWED", { "Content-Type": "text/plain" })).status).toBe(415);
    const wrong = await send("DELETE", "/api/matching", "");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    const unknown = await get("/api/nothing/here");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("health and the OpenAPI document", () => {
  it("reports the database reachable", async () => {
    const response = await get("/api/health", null);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true } });
  });

  it("serves a valid OpenAPI 3.1 document listing every API route", async () => {
    const document = (await (await get("/api/openapi.json", null)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(await new Validator().validate(document as never)).toMatchObject({ valid: true });
    const routes = fs
      .readdirSync("app/api", { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts")
      .map((file) => `/api/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}"))
      .filter((route) => !route.includes("[...") && route !== "/api/inngest");
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
  });

  it("serves exactly the methods the document describes on each path", async () => {
    const documented = new Map<string, string[]>();
    for (const operation of OPERATIONS)
      documented.set(operation.path, [...(documented.get(operation.path) ?? []), operation.method.toUpperCase()]);
    for (const [route, methods] of documented) {
      const response = await fetch(`${app!.url}${route.replace(/\{\w+\}/g, randomUUID())}`, { method: "OPTIONS" });
      const allow = (response.headers.get("allow") ?? "").split(", ").sort();
      expect(allow, route).toEqual(allowedMethods(methods).split(", ").sort());
    }
  });
});

describe("recruiter accounts", () => {
  it("sign in over HTTP and list the workspaces they belong to", async () => {
    const signIn = await fetch(`${app!.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: app!.url },
      body: JSON.stringify({ email: "rita@example.com", password: "correct horse battery" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const workspaces = (await (await fetch(`${app!.url}/api/auth/organization/list`, { headers: { Cookie: cookie } })).json()) as {
      slug: string;
    }[];
    expect(workspaces.map((w) => w.slug)).toEqual(["acme"]);
    const wrong = await fetch(`${app!.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: app!.url },
      body: JSON.stringify({ email: "rita@example.com", password: "not the password" }),
    });
    expect(wrong.status).toBe(401);
  });
});

describe("production without BETTER_AUTH_SECRET", () => {
  it("says at start-up that sign-in is off and why, keeps it off with a clear 503, and the API keeps working", async () => {
    await app!.stop();
    app = await startNext({ DATABASE_URL: url });
    await expect
      .poll(() => app!.output())
      .toContain("Sign-in is off: BETTER_AUTH_SECRET is not set (at least 32 characters: openssl rand -base64 32).");
    const signIn = await fetch(`${app.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: app.url },
      body: JSON.stringify({ email: "rita@example.com", password: "correct horse battery" }),
    });
    expect(signIn.status).toBe(503);
    expect(((await signIn.json()) as { error: { code: string } }).error.code).toBe("auth_not_configured");
    expect((await get("/api/jobs")).status).toBe(200);
  });
});

describe("keys", () => {
  it("refuses a revoked key and rate-limits per key with Retry-After", async () => {
    await app!.stop();
    await runScript("scripts/apikey.ts", ["revoke", keys.northwind!.id], { DATABASE_URL: url });
    // A key of its own: on PostgreSQL a key's count outlives the process, and acme's key was used above.
    keys.limited = JSON.parse(
      (await runScript("scripts/apikey.ts", ["create", "--workspace", "acme", "--json"], { DATABASE_URL: url })).stdout,
    );
    app = await startNext({ DATABASE_URL: url, API_RATE_LIMIT_PER_MINUTE: "3" });
    expect((await get("/api/jobs", "northwind")).status).toBe(401);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get("/api/jobs", "limited")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await get("/api/jobs", "limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
