import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBody } from "../../lib/api/api-schemas";
import { startEventListener } from "../helpers/event-listener";
import { inngestSignature, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl } from "../helpers/test-database";

// A sync (PUT /api/inngest) makes the app tell Inngest, signed with the app's key, at which URL
// to call it. Inngest here is a local listener recording what the app sends it; the app's public
// origin is APP_URL, and requests come with a forged Host and X-Forwarded-Proto.
const PUBLIC = "https://match.example.com";
const FORGED = { Host: "attacker.example", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "attacker.example" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-inngest-sync-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer;
let inngest: Awaited<ReturnType<typeof startEventListener>>;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  inngest = await startEventListener();
  app = await startNext({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY, INNGEST_BASE_URL: inngest.url, APP_URL: PUBLIC });
});
afterAll(async () => {
  await app?.stop();
  await inngest?.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A request with the headers exactly as given (fetch would not send a Host of our choosing). */
function send(method: string, headers: Record<string, string>, body = ""): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${app.url}/api/inngest`,
      { method, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (part: string) => (text += part));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const registrations = () => inngest.requests.filter((request) => request.path.startsWith("POST /fn/register"));

describe("PUT /api/inngest (a sync)", () => {
  it("refuses an unsigned or wrongly signed sync, whatever its Host, and tells Inngest nothing", async () => {
    const unsigned = await send("PUT", FORGED);
    expect(unsigned.status).toBe(401);
    expect(errorBody.parse(JSON.parse(unsigned.text)).error.code).toBe("unauthorized");
    const wrongKey = await send("PUT", {
      ...FORGED,
      "X-Inngest-Signature": inngestSignature("", "signkey-test-00000000000000000000000000000000"),
    });
    expect(wrongKey.status).toBe(401);
    expect(inngest.requests).toEqual([]);
  });

  it("registers APP_URL's endpoint on a signed sync, never the Host or scheme the request claimed", async () => {
    const synced = await send("PUT", { ...FORGED, "X-Inngest-Signature": inngestSignature("") });
    expect(synced.status, synced.text).toBe(200);
    const [registration, ...more] = registrations();
    expect(more).toEqual([]);
    expect((JSON.parse(registration!.body) as { url: string }).url).toBe(`${PUBLIC}/api/inngest`);
    expect(registration!.body).not.toContain("attacker.example");
  });

  it("answers a signed in-band sync naming APP_URL's endpoint, whatever URL the request carried", async () => {
    const body = JSON.stringify({ url: "http://attacker.example/api/inngest" });
    const synced = await send(
      "PUT",
      { ...FORGED, "Content-Type": "application/json", "X-Inngest-Sync-Kind": "in_band", "X-Inngest-Signature": inngestSignature(body) },
      body,
    );
    expect(synced.status, synced.text).toBe(200);
    expect((JSON.parse(synced.text) as { url: string }).url).toBe(`${PUBLIC}/api/inngest`);
    expect(synced.text).not.toContain("attacker.example");
  });
});

describe("APP_URL", () => {
  it("is required to start in production with Inngest: the server refuses to start without it, naming it", async () => {
    const started = await startNext({ DATABASE_URL: url, INNGEST_SIGNING_KEY: TEST_SIGNING_KEY, APP_URL: "" }).catch(
      (error: Error) => error,
    );
    if (!(started instanceof Error)) await started.stop();
    expect(started).toBeInstanceOf(Error);
    expect((started as Error).message).toMatch(/APP_URL: is required in production when INNGEST_SIGNING_KEY is set/);
  });
});
