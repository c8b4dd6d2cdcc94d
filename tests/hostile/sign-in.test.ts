import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecruiter } from "../../lib/auth/create-recruiter";
import { requestFrom } from "../helpers/http-from";
import { startNext, type NextServer } from "../helpers/next-server";
import { submitSignInForm } from "../helpers/sign-in-form";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { buildWorld, PASSWORD } from "./isolation-world";

// Password guessing over real HTTP against `next start`, through both ways in: the dashboard's
// sign-in form (a server action) and better-auth's POST /api/auth/sign-in/email. Each client is
// a loopback address of its own (127.0.0.0/8), as the server sees its socket; 127.0.0.2 plays a
// reverse proxy the operator declared (TRUSTED_PROXIES), whose X-Forwarded-For alone is believed.
// The policy under test is the documented one (README, docs/reliability.md): per account, a lock
// from the fifth failure on, 2 s then doubling (capped); per address, 20 failures in 10 minutes.
const PROXY = "127.0.0.2";
const WRONG = "not the password, surely";
const THROTTLED = /Too many sign-in attempts/;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-sign-in-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await buildWorld(db);
    await createRecruiter(db, { email: "carol@acme.test", name: "Carol Acme", password: PASSWORD, workspaces: ["acme"] });
  });
  app = await startNext({ DATABASE_URL: url, BETTER_AUTH_SECRET: "sign-in-secret-sign-in-secret-0000", TRUSTED_PROXIES: PROXY });
});

afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const apiSignIn = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
  requestFrom(from, `${app!.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: app!.url, ...headers },
    body: JSON.stringify({ email, password }),
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the sign-in form's message for a wrong password", () => {
  it("says 'wrong email or password' even after a request to /api/auth/* built better-auth first", async () => {
    const session = await requestFrom("127.0.0.7", `${app!.url}/api/auth/get-session`);
    expect(session.status).toBe(200);
    const answer = await submitSignInForm(app!.url, { email: "carol@acme.test", password: WRONG }, { from: "127.0.0.7" });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Wrong email or password.");
    expect(answer.text).not.toContain("could not reach its database");
  });
});

describe("password guessing", () => {
  it("throttles 30 wrong passwords through the form, and refuses the right one during the lock", async () => {
    const texts: string[] = [];
    for (let attempt = 0; attempt < 30; attempt++)
      texts.push((await submitSignInForm(app!.url, { email: "alice@acme.test", password: WRONG }, { from: "127.0.0.3" })).text);
    const wrong = texts.filter((text) => text.includes("Wrong email or password.")).length;
    const throttled = texts.filter((text) => THROTTLED.test(text)).length;
    expect(wrong, "failures checked against the password").toBeLessThanOrEqual(8);
    expect(throttled).toBeGreaterThanOrEqual(22);
    const right = await submitSignInForm(app!.url, { email: "alice@acme.test", password: PASSWORD }, { from: "127.0.0.3" });
    expect(right.text).toMatch(THROTTLED);
    expect(right.cookie).not.toMatch(/session_token=/);
    expect(right.redirect).toBeNull();
  });

  it("throttles 30 wrong passwords through the API with 429 and Retry-After; the real user gets in after the lock", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) statuses.push((await apiSignIn("127.0.0.4", "bob@beta.test", WRONG)).status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(8);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(22);
    const during = await apiSignIn("127.0.0.4", "bob@beta.test", PASSWORD);
    expect(during.status).toBe(429);
    expect(Number(during.headers["retry-after"])).toBeGreaterThan(0);
    expect(during.headers["set-cookie"] ?? []).toEqual([]);
    // better-auth's own error shape, as everywhere under /api/auth.
    expect(JSON.parse(during.text)).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(THROTTLED) });

    // Bob, at his own address: told how long the account's lock lasts, then let in.
    let answer = await apiSignIn("127.0.0.5", "bob@beta.test", PASSWORD);
    if (answer.status === 429) {
      const wait = Number(answer.headers["retry-after"]);
      expect(wait, "the account's lock is short").toBeLessThanOrEqual(60);
      await sleep(wait * 1000 + 200);
      answer = await apiSignIn("127.0.0.5", "bob@beta.test", PASSWORD);
    }
    expect(answer.status, answer.text).toBe(200);
  });

  it("does not let a client bypass its address's budget by rotating X-Forwarded-For (it is no trusted proxy)", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const forged = { "X-Forwarded-For": `203.0.113.${attempt + 1}`, "X-Real-IP": `198.51.100.${attempt + 1}` };
      statuses.push((await apiSignIn("127.0.0.6", `nobody${attempt}@example.com`, WRONG, forged)).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
    // Carol, at another address, is not affected.
    expect((await apiSignIn("127.0.0.8", "carol@acme.test", PASSWORD)).status).toBe(200);
  });

  it("behind the trusted proxy, counts the address it saw: a forged first hop neither locks out another user nor escapes", async () => {
    // The attacker (203.0.113.66) claims to be the victim (198.51.100.7); the proxy appends what it saw.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt++) {
      statuses.push(
        (await apiSignIn(PROXY, `guess${attempt}@example.com`, WRONG, { "X-Forwarded-For": "198.51.100.7, 203.0.113.66" })).status,
      );
    }
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
    const victim = await apiSignIn(PROXY, "carol@acme.test", PASSWORD, { "X-Forwarded-For": "198.51.100.7" });
    expect(victim.status, victim.text).toBe(200);
    const form = await submitSignInForm(
      app!.url,
      { email: "carol@acme.test", password: PASSWORD },
      { from: PROXY, headers: { "X-Forwarded-For": "198.51.100.7" } },
    );
    expect(form.cookie).toMatch(/session_token=/);
    // Claiming other first hops does not give the attacker a fresh budget.
    for (let attempt = 0; attempt < 5; attempt++) {
      const rotated = await apiSignIn(PROXY, `again${attempt}@example.com`, WRONG, {
        "X-Forwarded-For": `198.51.100.${attempt + 20}, 203.0.113.66`,
      });
      expect(rotated.status).toBe(429);
    }
  });
});
