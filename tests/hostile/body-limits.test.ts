import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBody } from "../../lib/api/api-schemas";
import { BODY_LIMITS } from "../../lib/api/body-limits";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { sendChunked, type Answer } from "../helpers/hostile-http";
import { serverActionIds } from "../helpers/isolation-client";
import { TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { treeRss } from "../helpers/process-memory";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// Bodies far over every limit, sent to the endpoints that read one before any credential is
// checked: /api/inngest with a forged signature, better-auth's sign-in, the API without a key, a
// server action. Each is streamed (256 MB offered, chunked, no Content-Length) or declared (a
// Content-Length of 300 MB), and the server must answer while the client is still sending, with
// its memory (the `next start` process's resident set, from /proc) about where it was.
const MB = 1024 * 1024;
const OFFERED = 256 * MB;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-body-limits-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer;
let job: string;
let signInAction: string;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(db, eligibleCandidates(3));
    job = await jobId(db);
  });
  app = await startNext({
    DATABASE_URL: url,
    INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
    BETTER_AUTH_SECRET: "limits-secret-limits-secret-limits-00",
  });
  signInAction = serverActionIds().signIn!;
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Well-formed and current, so the guard reads the body; not made with the key.
const forgedSignature = () => `t=${Math.floor(Date.now() / 1000)}&s=${"0".repeat(64)}`;

type Target = { name: string; method: string; path: () => string; headers: () => Record<string, string>; limit: number; apiShape: boolean };
const TARGETS: Target[] = [
  {
    name: "POST /api/inngest, forged signature",
    method: "POST",
    path: () => "/api/inngest?fnId=x&stepId=step",
    headers: () => ({ "Content-Type": "application/json", "X-Inngest-Signature": forgedSignature() }),
    limit: BODY_LIMITS.inngest,
    apiShape: true,
  },
  {
    name: "PUT /api/inngest, forged signature",
    method: "PUT",
    path: () => "/api/inngest",
    headers: () => ({ "Content-Type": "application/json", "X-Inngest-Signature": forgedSignature() }),
    limit: BODY_LIMITS.inngest,
    apiShape: true,
  },
  {
    name: "POST /api/auth/sign-in/email",
    method: "POST",
    path: () => "/api/auth/sign-in/email",
    headers: () => ({ "Content-Type": "application/json", Origin: app.url }),
    limit: BODY_LIMITS.auth,
    apiShape: true,
  },
  {
    name: "POST /api/jobs/{id}/responses, no key",
    method: "POST",
    path: () => `/api/jobs/${job}/responses`,
    headers: () => ({ "Content-Type": "application/json" }),
    limit: BODY_LIMITS.api,
    apiShape: true,
  },
  {
    name: "PATCH /api/matching/{id}, no key",
    method: "PATCH",
    path: () => `/api/matching/${crypto.randomUUID()}`,
    headers: () => ({ "Content-Type": "application/json" }),
    limit: BODY_LIMITS.api,
    apiShape: true,
  },
  // Next.js reads server actions itself: it stops at its limit and answers 500 (not ours to shape).
  {
    name: "the sign-in server action",
    method: "POST",
    path: () => "/sign-in",
    headers: () => ({ "Content-Type": "text/plain;charset=UTF-8", "Next-Action": signInAction, Origin: app.url }),
    limit: BODY_LIMITS.serverAction,
    apiShape: false,
  },
];

/** Sends only the headers, declaring `length` bytes, and waits for the answer (or 20 s). */
function sendDeclared(target: string, method: string, headers: Record<string, string>, length: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method, headers: { ...headers, "Content-Length": String(length) } });
    const timer = setTimeout(() => reject(new Error(`${method} ${target}: no answer while the declared body was not sent`)), 20_000);
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => (text += part));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), text });
        request.destroy();
      });
    });
    request.on("error", () => {});
    request.write("{");
  });
}

function expectRefused(target: Target, answer: Answer, where: string) {
  if (!target.apiShape) return expect(answer.status, where).toBeGreaterThanOrEqual(413);
  expect(answer.status, where).toBe(413);
  expect(errorBody.parse(JSON.parse(answer.text)).error.code, where).toBe("payload_too_large");
}

describe("bodies over the limit, before any credential is checked", () => {
  it("are refused while they stream, after about the limit, without the server's memory growing", async () => {
    // Each endpoint once with a small body first, so its code is loaded before memory is measured.
    for (const target of TARGETS)
      await fetch(`${app.url}${target.path()}`, { method: target.method, headers: target.headers(), body: "{}" });
    const before = treeRss(app.pid);
    for (const target of TARGETS) {
      const started = performance.now();
      const answer = await sendChunked(`${app.url}${target.path()}`, target.headers(), OFFERED, target.method);
      const where =
        `${target.name}: ${answer.status} after ${(answer.bytesSent / MB).toFixed(1)} MB, ` +
        `${Math.round(performance.now() - started)} ms ${answer.text.slice(0, 200)}`;
      console.log(`[body-limits] ${where}`);
      expectRefused(target, answer, where);
      // The server stopped reading near the limit: what is still in flight is socket buffers.
      expect(answer.bytesSent, where).toBeLessThan(target.limit + 32 * MB);
    }
    const grown = (treeRss(app.pid) - before) / MB;
    console.log(
      `[body-limits] resident memory of next start: ${(before / MB).toFixed(0)} MB before, ` +
        `grown by ${grown.toFixed(1)} MB after ${TARGETS.length} × ${OFFERED / MB} MB offered`,
    );
    expect(grown).toBeLessThan(48);
  });

  it("are refused up front when Content-Length already says so, without waiting for the body", async () => {
    // Next.js reads a server action's body without looking at Content-Length: not ours to answer.
    for (const target of TARGETS.filter((t) => t.apiShape)) {
      const answer = await sendDeclared(`${app.url}${target.path()}`, target.method, target.headers(), 300 * MB);
      expectRefused(target, answer, `${target.name} (Content-Length 300 MB): ${answer.status} ${answer.text.slice(0, 200)}`);
    }
  });
});
