import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// What every API path says it serves (OPTIONS), over HTTP against `next start`.
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

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

describe("OPTIONS", () => {
  it("names, for every API path, exactly the methods that do not answer 405", async () => {
    const server = await serve({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY, BETTER_AUTH_SECRET: SECRET });
    const id = crypto.randomUUID();
    const paths = [
      "/api/health", "/api/jobs", "/api/matching", `/api/matching/${id}`, `/api/jobs/${id}/recalculate`, `/api/jobs/${id}/responses`,
      `/api/responses/${id}`, "/api/openapi.json", "/api/inngest", "/api/auth/sign-in/email", "/api/auth/sign-out", "/api/auth/get-session",
      "/api/auth/organization/list",
    ];
    for (const route of paths) {
      const options = await fetch(`${server.url}${route}`, { method: "OPTIONS" });
      expect(options.status, route).toBe(204);
      const allowed = (options.headers.get("allow") ?? "").split(", ").sort();
      const served: string[] = [];
      for (const method of METHODS) {
        const response = await fetch(`${server.url}${route}`, { method, headers: { "Content-Type": "application/json" }, ...(["GET", "HEAD"].includes(method) ? {} : { body: "{}" }) });
        expect(response.status, `${method} ${route}`).not.toBe(404);
        if (response.status !== 405) served.push(method);
        else expect(response.headers.get("allow") ?? allowed.join(", "), `${method} ${route}: Allow`).toBe(options.headers.get("allow"));
      }
      expect(allowed, `OPTIONS ${route}: ${options.headers.get("allow")}`).toEqual([...served, "OPTIONS"].sort());
    }
    for (const route of ["/api/nothing", "/api/auth/sign-up/email"]) expect((await fetch(`${server.url}${route}`, { method: "OPTIONS" })).status, route).toBe(404);
  });
});
