import { randomUUID } from "node:crypto";
import type { Answer, TenantClient } from "../helpers/isolation-client";
import type { World } from "./isolation-world";

export type Resource = "workspace" | "job" | "matching" | "response" | "candidate" | "run";
export type Way = "id" | "cursor" | "filter" | "url" | "own-url" | "list";

/**
 * One attempt of tenant B on tenant A's data. `covers` names the route file, page file or server
 * action it exercises (the matrix must cover every one). `missing` is the same request for
 * something that does not exist: B must get exactly that answer. `check` adds what else B must
 * (not) see.
 */
export type Attempt = {
  covers: string[];
  resource: Resource;
  way: Way;
  name: string;
  hostile: () => Promise<Answer & { result?: unknown }>;
  missing?: () => Promise<Answer & { result?: unknown }>;
  status?: number | "4xx";
  check?: (answer: Answer & { result?: unknown }) => void | Promise<void>;
};

export type Tenants = { b: TenantClient; bob: TenantClient; actions: Record<string, string> };

const R = "app/api";
const P = "app/w/[workspace]";
const forgedCursor = () => Buffer.from(JSON.stringify({ jobId: randomUUID(), rank: 1, id: randomUUID() })).toString("base64url");

/** The matrix: every endpoint, page and action × A's job, matching, response, candidate, run × by id, cursor, filter, URL. */
export function attempts(w: World, { b, bob, actions }: Tenants, cursorA: { anyJob: string; oneJob: string }): Attempt[] {
  const x = randomUUID();
  const api: Attempt[] = [
    {
      covers: [`${R}/matching/[id]/route.ts`, "GET /api/matching/{id}"],
      resource: "matching",
      way: "id",
      name: "read A's matching",
      hostile: () => b.get(`/api/matching/${w.matchingA}`),
      missing: () => b.get(`/api/matching/${x}`),
      status: 404,
    },
    {
      covers: [`${R}/matching/[id]/route.ts`, "PATCH /api/matching/{id}"],
      resource: "matching",
      way: "id",
      name: "reject A's matching",
      hostile: () => b.send("PATCH", `/api/matching/${w.matchingA}`, { status: "REJECTED" }),
      missing: () => b.send("PATCH", `/api/matching/${x}`, { status: "REJECTED" }),
      status: 404,
    },
    {
      covers: [`${R}/matching/route.ts`, "GET /api/matching"],
      resource: "job",
      way: "filter",
      name: "list A's job's matchings",
      hostile: () => b.get(`/api/matching?jobId=${w.jobA}`),
      missing: () => b.get(`/api/matching?jobId=${x}`),
      status: 404,
    },
    {
      covers: ["GET /api/matching"],
      resource: "job",
      way: "filter",
      name: "list A's job's matchings by status and score",
      hostile: () => b.get(`/api/matching?jobId=${w.jobA}&status=PENDING&minScore=0&limit=100`),
      missing: () => b.get(`/api/matching?jobId=${x}&status=PENDING&minScore=0&limit=100`),
      status: 404,
    },
    {
      covers: ["GET /api/matching"],
      resource: "candidate",
      way: "filter",
      name: "list A's candidate's matchings",
      hostile: () => b.get(`/api/matching?candidateId=${w.candidateA}&limit=100`),
      missing: () => b.get(`/api/matching?candidateId=${x}&limit=100`),
      status: 200,
      check: (answer) => expectEmptyPage(answer),
    },
    {
      covers: ["GET /api/matching"],
      resource: "candidate",
      way: "filter",
      name: "A's candidate on A's job",
      hostile: () => b.get(`/api/matching?jobId=${w.jobA}&candidateId=${w.candidateA}`),
      missing: () => b.get(`/api/matching?jobId=${x}&candidateId=${w.candidateA}`),
      status: 404,
    },
    {
      covers: ["GET /api/matching"],
      resource: "matching",
      way: "cursor",
      name: "A's cursor over all jobs",
      hostile: () => b.get(`/api/matching?cursor=${cursorA.anyJob}`),
      missing: () => b.get(`/api/matching?cursor=${forgedCursor()}`),
      status: 400,
    },
    {
      covers: ["GET /api/matching"],
      resource: "matching",
      way: "cursor",
      name: "A's cursor of A's job, on B's job",
      hostile: () => b.get(`/api/matching?jobId=${w.jobB}&cursor=${cursorA.oneJob}`),
      missing: () => b.get(`/api/matching?jobId=${w.jobB}&cursor=${forgedCursor()}`),
      status: 400,
    },
    {
      covers: ["GET /api/matching"],
      resource: "matching",
      way: "cursor",
      name: "A's cursor of A's job, on A's job",
      hostile: () => b.get(`/api/matching?jobId=${w.jobA}&cursor=${cursorA.oneJob}`),
      missing: () => b.get(`/api/matching?jobId=${x}&cursor=${forgedCursor()}`),
      status: 404,
    },
    {
      covers: ["GET /api/matching"],
      resource: "matching",
      way: "list",
      name: "B's own matchings and totals",
      hostile: () => b.get(`/api/matching?limit=100`),
      status: 200,
      check: (answer) => expectOnlyJob(answer, w.jobB),
    },
    {
      covers: [`${R}/jobs/route.ts`, "GET /api/jobs"],
      resource: "job",
      way: "list",
      name: "B's jobs and their counts",
      hostile: () => b.get("/api/jobs"),
      status: 200,
      check: (answer) => expectJobs(answer, [w.jobB]),
    },
    {
      covers: [`${R}/jobs/[jobId]/recalculate/route.ts`, "POST /api/jobs/{jobId}/recalculate"],
      resource: "job",
      way: "id",
      name: "recalculate A's job",
      hostile: () => b.send("POST", `/api/jobs/${w.jobA}/recalculate`),
      missing: () => b.send("POST", `/api/jobs/${x}/recalculate`),
      status: 404,
    },
    {
      covers: [`${R}/jobs/[jobId]/responses/route.ts`, "POST /api/jobs/{jobId}/responses"],
      resource: "job",
      way: "id",
      name: "respond to A's job",
      hostile: () => b.send("POST", `/api/jobs/${w.jobA}/responses`, { candidateId: w.otherCandidateA }),
      missing: () => b.send("POST", `/api/jobs/${x}/responses`, { candidateId: w.otherCandidateA }),
      status: 404,
    },
    {
      covers: [`${R}/responses/[id]/route.ts`, "PATCH /api/responses/{id}"],
      resource: "response",
      way: "id",
      name: "score A's response",
      hostile: () => b.send("PATCH", `/api/responses/${w.responseA}`, { screeningScore: 1, interviewScore: 1 }),
      missing: () => b.send("PATCH", `/api/responses/${x}`, { screeningScore: 1, interviewScore: 1 }),
      status: 404,
    },
    {
      covers: [`${R}/[[...path]]/route.ts`],
      resource: "job",
      way: "url",
      name: "A's job under a path no route serves",
      hostile: () => b.get(`/api/jobs/${w.jobA}`),
      missing: () => b.get(`/api/jobs/${x}`),
      status: 404,
    },
    {
      covers: [`${R}/health/route.ts`, "GET /api/health"],
      resource: "workspace",
      way: "list",
      name: "health",
      hostile: () => b.get("/api/health"),
      status: 200,
    },
    {
      covers: [`${R}/openapi.json/route.ts`, "GET /api/openapi.json"],
      resource: "workspace",
      way: "list",
      name: "OpenAPI document",
      hostile: () => b.get("/api/openapi.json"),
      status: 200,
    },
    // Signatures are tested in inngest-signing.test.ts: a tenant's key or session is no signature.
    {
      covers: [`${R}/inngest/route.ts`],
      resource: "job",
      way: "id",
      name: "run A's job through /api/inngest with B's key and session",
      hostile: () =>
        bob.send("POST", "/api/inngest?fnId=talent-matching-recalculate-gig-ranking&stepId=step", {
          event: { name: "gig/ranking.recalculate", data: { gigId: w.jobA, workspaceId: w.workspaceA.id } },
          events: [],
          steps: {},
          ctx: { run_id: "01X", attempt: 0 },
        }),
      status: 401,
    },
  ];
  const auth: Attempt[] = [
    {
      covers: [`${R}/auth/[...all]/route.ts`],
      resource: "workspace",
      way: "list",
      name: "B's workspaces",
      hostile: () => bob.get("/api/auth/organization/list"),
      status: 200,
      check: (answer) => {
        if ((JSON.parse(answer.body) as { id: string }[]).map((o) => o.id).join() !== w.workspaceB.id)
          throw new Error(`listed ${answer.body}`);
      },
    },
    ...(
      [
        [
          "GET",
          `/api/auth/organization/get-full-organization?organizationId=${w.workspaceA.id}`,
          `/api/auth/organization/get-full-organization?organizationId=${x}`,
        ],
        [
          "GET",
          `/api/auth/organization/list-members?organizationId=${w.workspaceA.id}`,
          `/api/auth/organization/list-members?organizationId=${x}`,
        ],
        [
          "POST",
          "/api/auth/organization/set-active",
          "/api/auth/organization/set-active",
          { organizationId: w.workspaceA.id },
          { organizationId: x },
        ],
        [
          "POST",
          "/api/auth/organization/update",
          "/api/auth/organization/update",
          { organizationId: w.workspaceA.id, data: { name: "Taken" } },
          { organizationId: x, data: { name: "Taken" } },
        ],
        [
          "POST",
          "/api/auth/organization/delete",
          "/api/auth/organization/delete",
          { organizationId: w.workspaceA.id },
          { organizationId: x },
        ],
        [
          "POST",
          "/api/auth/organization/invite-member",
          "/api/auth/organization/invite-member",
          { organizationId: w.workspaceA.id, email: "mallory@beta.test", role: "owner" },
          { organizationId: x, email: "mallory@beta.test", role: "owner" },
        ],
        [
          "POST",
          "/api/auth/organization/remove-member",
          "/api/auth/organization/remove-member",
          { organizationId: w.workspaceA.id, memberIdOrEmail: "alice@acme.test" },
          { organizationId: x, memberIdOrEmail: "alice@acme.test" },
        ],
        [
          "POST",
          "/api/auth/organization/leave",
          "/api/auth/organization/leave",
          { organizationId: w.workspaceA.id },
          { organizationId: x },
        ],
        [
          "POST",
          "/api/auth/organization/create",
          "/api/auth/organization/create",
          { name: "Acme Secretworks", slug: "acme" },
          { name: "New", slug: `n-${x}` },
        ],
      ] as [string, string, string, unknown?, unknown?][]
    ).map(
      ([method, route, missingRoute, body, missingBody]): Attempt => ({
        covers: [`${R}/auth/[...all]/route.ts`],
        resource: "workspace",
        way: "id",
        name: `better-auth ${method} ${route.split("?")[0]}`,
        hostile: () => bob.send(method, route, body),
        missing: () => bob.send(method, missingRoute, missingBody),
        status: "4xx",
      }),
    ),
  ];
  const pages: Attempt[] = [
    {
      covers: [`${P}/page.tsx`],
      resource: "workspace",
      way: "url",
      name: "A's jobs page",
      hostile: () => bob.get("/w/acme"),
      missing: () => bob.get("/w/nowhere"),
      status: 404,
    },
    {
      covers: [`${P}/page.tsx`],
      resource: "job",
      way: "filter",
      name: "B's jobs filtered by A's title",
      hostile: () => bob.get("/w/beta?q=Zebraledger&status=ACTIVE"),
      missing: () => bob.get(`/w/beta?q=${x}&status=ACTIVE`),
      status: 200,
    },
    { covers: [`${P}/page.tsx`], resource: "job", way: "list", name: "B's jobs page", hostile: () => bob.get("/w/beta"), status: 200 },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "job",
      way: "url",
      name: "A's job on A's URL",
      hostile: () => bob.get(`/w/acme/jobs/${w.jobA}`),
      missing: () => bob.get(`/w/nowhere/jobs/${x}`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "job",
      way: "own-url",
      name: "A's job on B's URL",
      hostile: () => bob.get(`/w/beta/jobs/${w.jobA}`),
      missing: () => bob.get(`/w/beta/jobs/${x}`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "job",
      way: "filter",
      name: "A's job filtered by status on B's URL",
      hostile: () => bob.get(`/w/beta/jobs/${w.jobA}?status=PENDING`),
      missing: () => bob.get(`/w/beta/jobs/${x}?status=PENDING`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "candidate",
      way: "url",
      name: "A's candidate panel on A's URL",
      hostile: () => bob.get(`/w/acme/jobs/${w.jobA}?candidate=${w.candidateA}`),
      missing: () => bob.get(`/w/nowhere/jobs/${x}?candidate=${x}`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "candidate",
      way: "own-url",
      name: "A's candidate panel on A's job on B's URL",
      hostile: () => bob.get(`/w/beta/jobs/${w.jobA}?candidate=${w.candidateA}`),
      missing: () => bob.get(`/w/beta/jobs/${x}?candidate=${x}`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/page.tsx`],
      resource: "candidate",
      way: "filter",
      name: "A's candidate panel on B's job",
      hostile: () => bob.get(`/w/beta/jobs/${w.jobB}?candidate=${w.candidateA}`),
      missing: () => bob.get(`/w/beta/jobs/${w.jobB}?candidate=${x}`),
      status: 200,
      check: (answer) => {
        if (!answer.body.includes("Candidate not found")) throw new Error("no 'Candidate not found' panel");
      },
    },
    {
      covers: [`${P}/jobs/[jobId]/export/route.ts`],
      resource: "job",
      way: "url",
      name: "A's job's CSV on A's URL",
      hostile: () => bob.get(`/w/acme/jobs/${w.jobA}/export`),
      missing: () => bob.get(`/w/nowhere/jobs/${x}/export`),
      status: 404,
    },
    {
      covers: [`${P}/jobs/[jobId]/export/route.ts`],
      resource: "job",
      way: "own-url",
      name: "A's job's CSV on B's URL",
      hostile: () => bob.get(`/w/beta/jobs/${w.jobA}/export`),
      missing: () => bob.get(`/w/beta/jobs/${x}/export`),
      status: 404,
    },
    {
      covers: [`${P}/runs/page.tsx`],
      resource: "run",
      way: "url",
      name: "A's runs on A's URL",
      hostile: () => bob.get("/w/acme/runs"),
      missing: () => bob.get("/w/nowhere/runs"),
      status: 404,
    },
    {
      covers: [`${P}/runs/page.tsx`],
      resource: "run",
      way: "url",
      name: "A's runs after A's run, on A's URL",
      hostile: () => bob.get(`/w/acme/runs?before=${w.runA.before}`),
      missing: () => bob.get(`/w/nowhere/runs?before=${w.runA.sameTimeOtherId}`),
      status: 404,
    },
    {
      covers: [`${P}/runs/page.tsx`],
      resource: "run",
      way: "cursor",
      name: "A's run cursor on B's runs",
      hostile: () => bob.get(`/w/beta/runs?before=${w.runA.before}`),
      missing: () => bob.get(`/w/beta/runs?before=${w.runA.sameTimeOtherId}`),
      status: 200,
    },
    {
      covers: [`${P}/search/page.tsx`],
      resource: "candidate",
      way: "url",
      name: "A's candidate search on A's URL",
      hostile: () => bob.get("/w/acme/search?q=TypeScript"),
      missing: () => bob.get("/w/nowhere/search?q=TypeScript"),
      status: 404,
    },
    {
      covers: [`${P}/search/page.tsx`],
      resource: "candidate",
      way: "filter",
      name: "A's candidates' skill searched in B's workspace",
      hostile: () => bob.get("/w/beta/search?q=TypeScript"),
      missing: () => bob.get(`/w/beta/search?q=${x}`),
      status: 200,
      check: (answer) => {
        if (!answer.body.includes("No candidate matches")) throw new Error("B's search found someone");
      },
    },
    {
      covers: [`${P}/[...missing]/page.tsx`],
      resource: "workspace",
      way: "url",
      name: "a page no route serves, in A's workspace",
      hostile: () => bob.get("/w/acme/no-such-page"),
      missing: () => bob.get("/w/nowhere/no-such-page"),
      status: 404,
    },
    {
      covers: ["app/page.tsx"],
      resource: "workspace",
      way: "url",
      name: "home sends B to B's workspace",
      hostile: () => bob.get("/"),
      status: 307,
      check: (answer) => {
        if (answer.headers.location !== "/w/beta") throw new Error(`sent to ${answer.headers.location}`);
      },
    },
    {
      covers: ["app/sign-in/page.tsx"],
      resource: "job",
      way: "url",
      name: "sign-in page asked to return to A's job",
      hostile: () => bob.get(`/sign-in?next=/w/acme/jobs/${w.jobA}`),
    },
  ];
  const act = (name: string) => actions[name]!;
  const ownJobPage = `/w/beta/jobs/${w.jobB}`;
  const serverActions: Attempt[] = [
    {
      covers: ["app/w/[workspace]/actions.ts#changeStatus"],
      resource: "matching",
      way: "url",
      name: "changeStatus of A's matching on A's URL",
      hostile: () => bob.action(`/w/acme/jobs/${w.jobA}`, act("changeStatus"), ["acme", w.matchingA, "REJECTED"]),
      missing: () => bob.action(`/w/nowhere/jobs/${x}`, act("changeStatus"), ["nowhere", x, "REJECTED"]),
    },
    {
      covers: ["app/w/[workspace]/actions.ts#changeStatus"],
      resource: "matching",
      way: "own-url",
      name: "changeStatus of A's matching as A's workspace, on B's URL",
      hostile: () => bob.action(ownJobPage, act("changeStatus"), ["acme", w.matchingA, "REJECTED"]),
      missing: () => bob.action(ownJobPage, act("changeStatus"), ["nowhere", w.matchingA, "REJECTED"]),
    },
    {
      covers: ["app/w/[workspace]/actions.ts#changeStatus"],
      resource: "matching",
      way: "id",
      name: "changeStatus of A's matching as B's workspace",
      hostile: () => bob.action(ownJobPage, act("changeStatus"), ["beta", w.matchingA, "REJECTED"]),
      missing: () => bob.action(ownJobPage, act("changeStatus"), ["beta", x, "REJECTED"]),
    },
    {
      covers: ["app/w/[workspace]/actions.ts#recalculateNow"],
      resource: "job",
      way: "url",
      name: "recalculateNow of A's job on A's URL",
      hostile: () => bob.action(`/w/acme/jobs/${w.jobA}`, act("recalculateNow"), ["acme", w.jobA]),
      missing: () => bob.action(`/w/nowhere/jobs/${x}`, act("recalculateNow"), ["nowhere", x]),
    },
    {
      covers: ["app/w/[workspace]/actions.ts#recalculateNow"],
      resource: "job",
      way: "own-url",
      name: "recalculateNow of A's job as A's workspace, on B's URL",
      hostile: () => bob.action(ownJobPage, act("recalculateNow"), ["acme", w.jobA]),
      missing: () => bob.action(ownJobPage, act("recalculateNow"), ["nowhere", w.jobA]),
    },
    {
      covers: ["app/w/[workspace]/actions.ts#recalculateNow"],
      resource: "job",
      way: "id",
      name: "recalculateNow of A's job as B's workspace",
      hostile: () => bob.action(ownJobPage, act("recalculateNow"), ["beta", w.jobA]),
      missing: () => bob.action(ownJobPage, act("recalculateNow"), ["beta", x]),
    },
    ...(
      [
        [
          "url",
          "on A's URL",
          `/w/acme/jobs/${w.jobA}`,
          { workspace: "acme", jobId: w.jobA, ids: [w.matchingA] },
          { workspace: "nowhere", jobId: x, ids: [x] },
        ],
        [
          "own-url",
          "as A's workspace, on B's URL",
          ownJobPage,
          { workspace: "acme", jobId: w.jobA, ids: [w.matchingA] },
          { workspace: "nowhere", jobId: w.jobA, ids: [w.matchingA] },
        ],
        [
          "id",
          "as B's workspace",
          ownJobPage,
          { workspace: "beta", jobId: w.jobA, ids: [w.matchingA] },
          { workspace: "beta", jobId: x, ids: [x] },
        ],
        [
          "id",
          "in B's own job",
          ownJobPage,
          { workspace: "beta", jobId: w.jobB, ids: [w.matchingA] },
          { workspace: "beta", jobId: w.jobB, ids: [x] },
        ],
      ] as const
    ).map(
      ([way, where, page, fields, missingFields]): Attempt => ({
        covers: ["app/w/[workspace]/actions.ts#changeStatuses"],
        resource: "matching",
        way,
        name: `changeStatuses of A's matching ${where}`,
        hostile: () => bob.formAction(page, act("changeStatuses"), { ...fields, ids: [...fields.ids], status: "REJECTED" }),
        missing: () => bob.formAction(page, act("changeStatuses"), { ...missingFields, ids: [...missingFields.ids], status: "REJECTED" }),
      }),
    ),
  ];
  return [...api, ...auth, ...pages, ...serverActions];
}

function expectEmptyPage(answer: Answer) {
  const page = JSON.parse(answer.body) as { data: unknown[]; nextCursor: string | null };
  if (page.data.length !== 0 || page.nextCursor !== null) throw new Error(`not an empty page: ${answer.body.slice(0, 200)}`);
}

function expectOnlyJob(answer: Answer, jobId: string) {
  const page = JSON.parse(answer.body) as { data: { jobId: string }[] };
  if (page.data.length === 0 || page.data.some((item) => item.jobId !== jobId))
    throw new Error(`rows of other jobs: ${answer.body.slice(0, 200)}`);
}

function expectJobs(answer: Answer, ids: string[]) {
  const listed = (JSON.parse(answer.body) as { data: { id: string }[] }).data.map((job) => job.id);
  if (listed.join() !== ids.join()) throw new Error(`jobs listed: ${listed.join()}`);
}
