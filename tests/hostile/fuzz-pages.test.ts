import fc from "fast-check";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeHostile, hostileLiteral, hostileSegment, hostileString, malformedBody } from "../helpers/hostile-arbitraries";
import { leakedInternals } from "../helpers/hostile-http";
import { serverActionIds, signIn, tenantClient, type TenantClient } from "../helpers/isolation-client";
import { startNext, type NextServer } from "../helpers/next-server";
import { submitSignInForm } from "../helpers/sign-in-form";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { buildWorld, PASSWORD, type World } from "./isolation-world";

// The dashboard's pages and server actions under hostile input, as fuzz-api.test.ts does for the
// API: signed in and out, over real HTTP against `next start`. No answer may be a 5xx or show
// internals, and a page that cannot use a parameter ignores it or answers 404.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const fuzz = <T>(property: fc.IAsyncPropertyWithHooks<T>) => fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-fuzz-pages-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;
let world: World;
let alice: TenantClient;
let anonymous: TenantClient;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  world = await withDatabase(url, buildWorld);
  app = await startNext({ DATABASE_URL: url, BETTER_AUTH_SECRET: "fuzz-pages-secret-fuzz-pages-secret" });
  alice = tenantClient(app.url, { cookie: await signIn(app.url, "alice@acme.test", PASSWORD) });
  anonymous = tenantClient(app.url, {});
});

afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function expectNoFailure(status: number, body: string, request: string) {
  const where = `${request.slice(0, 400)} -> ${status} ${body.slice(0, 300)}`;
  expect(status, where).toBeLessThan(500);
  expect(leakedInternals(body.replace(/<script[\s\S]*?<\/script>/g, "")), where).toEqual([]);
}

// Times and ids shaped like the runs page's own cursor (`<ISO time>_<uuid>`), valid or not.
const time = fc.constantFrom(
  "2026-01-01T00:00:00.000Z",
  "9999-99-99T00:00:00.000Z",
  "2026-13-45T99:99:99.999Z",
  "0000-00-00T00:00:00Z",
  "2026-01-01T::::Z",
  "275760-09-13T00:00:00.001Z",
  "1970-01-01T00:00:00Z",
);
const id = fc.oneof(
  fc.constant(randomUUID()),
  fc.constant("-".repeat(36)),
  fc.constant("g".repeat(36)),
  fc.constant("00000000-0000-0000-0000-00000000000g"),
  hostileString,
);
const runsCursor = fc.tuple(time, id).map(([at, runId]) => `${at}_${runId}`);
const value = fc.oneof(
  hostileString,
  runsCursor,
  fc.constantFrom("ACTIVE", "REJECTED", "/%01x", "/\u0001", "//evil.example", "/\\evil.example", "/ok\r\nSet-Cookie: x=1"),
);
const query = (keys: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), hostileString), value), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeHostile(k)}=${encodeHostile(v)}`).join("&")}` : ""));

const pages = () => [
  { route: () => "/", keys: ["next"] },
  { route: () => "/sign-in", keys: ["next"] },
  { route: (segment: string) => `/w/${segment}`, keys: ["status", "q"] },
  { route: () => "/w/acme", keys: ["status", "q"] },
  { route: (segment: string) => `/w/acme/jobs/${segment}`, keys: ["status", "candidate"] },
  { route: () => `/w/acme/jobs/${world.jobA}`, keys: ["status", "candidate"] },
  { route: () => "/w/acme/runs", keys: ["before"] },
  { route: (segment: string) => `/w/acme/runs/${segment}`, keys: ["before"] },
  { route: () => "/w/acme/search", keys: ["q"] },
  { route: (segment: string) => `/w/acme/${segment}`, keys: ["q"] },
];

describe("every page under hostile paths and parameters", () => {
  it("answers without a 5xx or internals, signed in or not", { timeout: 600_000 }, async () => {
    const request = fc
      .constantFrom(...pages())
      .chain((page) =>
        fc.record({ route: fc.constant(page.route), segment: hostileSegment, query: query(page.keys), signedIn: fc.boolean() }),
      );
    await fuzz(
      fc.asyncProperty(request, async ({ route, segment, query: search, signedIn }) => {
        const target = `${route(segment)}${search}`;
        const answer = await (signedIn ? alice : anonymous).get(target);
        expectNoFailure(answer.status, answer.body, `GET ${target}`);
      }),
    );
  });

  it("pins the parameters that answered 500: an impossible or malformed runs cursor, a return path with a control character", async () => {
    for (const before of [`9999-99-99T00:00:00.000Z_${randomUUID()}`, `2026-01-01T00:00:00.000Z_${"-".repeat(36)}`, "---"]) {
      const answer = await alice.get(`/w/acme/runs?before=${encodeURIComponent(before)}`);
      expect(answer.status, before).toBe(200);
    }
    for (const next of ["/%01x", "/%0D%0ASet-Cookie:%20x=1", "/%7F"]) {
      const answer = await anonymous.get(`/sign-in?next=${next}`);
      expect(answer.status, next).toBe(200);
      const signedIn = await alice.get(`/sign-in?next=${next}`);
      expect(signedIn.status, next).toBe(307);
      expect(signedIn.headers.location).toBe("/");
    }
  });
});

describe("every server action under hostile arguments", () => {
  // Arguments as React's client encodes them (a string starting with "$" is escaped as "$$…"),
  // hostile values in a well-formed call; and bodies React cannot decode at all (not JSON, nested
  // 10,000 levels deep), which proxy.ts refuses before Next.js would answer them a bare 500.
  const encode = (value: unknown) =>
    JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" && item.startsWith("$") ? `$${item}` : item));
  const shallow = hostileLiteral.filter((literal) => !/^(\[|\{"a":){20}/.test(literal));
  const argument = fc.oneof(
    hostileString,
    shallow.map((literal) => JSON.parse(literal) as unknown),
    fc.constant(null),
    fc.integer(),
    fc.object({ maxDepth: 2 }),
  );
  const args = fc.oneof(
    fc.array(argument, { maxLength: 5 }).map(encode),
    fc.tuple(hostileString, hostileString, hostileString).map((values) => encode(["acme", ...values])),
    malformedBody,
  );

  it("answers changeStatus, recalculateNow and signOut without a 5xx or internals", { timeout: 600_000 }, async () => {
    const actions = serverActionIds();
    const request = fc.record({
      action: fc.constantFrom("changeStatus", "recalculateNow", "signOut"),
      page: fc.constantFrom("/w/acme", `/w/acme/jobs/${world.jobA}`, "/sign-in"),
      body: args,
      signedIn: fc.boolean(),
    });
    // signOut would end Alice's session for the rest of the run: it gets a session of its own.
    const cookie = await signIn(app!.url, "alice@acme.test", PASSWORD);
    await fuzz(
      fc.asyncProperty(request, async ({ action, page, body, signedIn }) => {
        const response = await fetch(`${app!.url}${page}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            Origin: app!.url,
            "Next-Action": actions[action]!,
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
            ...(signedIn && action !== "signOut" ? { Cookie: cookie } : {}),
          },
          body,
        });
        expectNoFailure(response.status, await response.text(), `${action} on ${page}: ${body}`);
      }),
    );
  });

  // First: the fuzzing below locks Alice's account and this address out with its wrong passwords.
  it("pins a valid sign-in whose return path holds a control character: signed in, sent home", async () => {
    const answer = await submitSignInForm(app!.url, { email: "alice@acme.test", password: PASSWORD, next: "/\u0001x" });
    expect(answer.status).toBeLessThan(400);
    expect(answer.redirect).toMatch(/^\/(;|$)/);
    expect(answer.cookie).toMatch(/session_token=/);
  });

  it("answers the sign-in form with hostile fields, and a valid sign-in with a hostile return path, without a 5xx", {
    timeout: 600_000,
  }, async () => {
    const fields = fc.record({
      email: fc.oneof(hostileString, fc.constant("alice@acme.test")),
      password: fc.oneof(hostileString, fc.constant(PASSWORD)),
      next: value,
    });
    await fuzz(
      fc.asyncProperty(fields, async (form) => {
        const answer = await submitSignInForm(app!.url, form);
        expectNoFailure(answer.status, answer.text, `signIn ${JSON.stringify(form)}`);
        if (answer.redirect !== null) expect(answer.redirect).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      }),
    );
  });
});
