import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "../../lib/auth/auth";
import { createRecruiter } from "../../lib/auth/create-recruiter";
import { seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
let auth: Auth;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, []);
  auth = createAuth(t.db);
});
afterAll(() => t.close());

const BASE = "http://localhost:3000/api/auth";
const call = (route: string, init: { body?: unknown; cookie?: string } = {}) =>
  auth.handler(
    new Request(`${BASE}${route}`, {
      method: init.body === undefined ? "GET" : "POST",
      headers: { "Content-Type": "application/json", Origin: "http://localhost:3000", ...(init.cookie ? { Cookie: init.cookie } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );

describe("recruiter accounts", () => {
  it("sign in with email and password and see exactly the workspaces they belong to", async () => {
    const { created } = await createRecruiter(t.db, {
      email: "Rita@Example.com",
      name: "Rita",
      password: "correct horse battery",
      workspaces: ["acme"],
    });
    expect(created).toBe(true);
    const account = await t.db.account.findFirstOrThrow({ where: { user: { email: "rita@example.com" } } });
    expect(account.password).not.toContain("correct horse");

    const signIn = await call("/sign-in/email", { body: { email: "rita@example.com", password: "correct horse battery" } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const session = (await (await call("/get-session", { cookie })).json()) as { user: { email: string } };
    expect(session.user.email).toBe("rita@example.com");
    const workspaces = (await (await call("/organization/list", { cookie })).json()) as { slug: string }[];
    expect(workspaces.map((w) => w.slug)).toEqual(["acme"]);
  });

  it("adds memberships to an existing account instead of duplicating it", async () => {
    const { created, userId } = await createRecruiter(t.db, {
      email: "rita@example.com",
      name: "Rita",
      password: "another long password",
      workspaces: ["acme", "beta"],
    });
    expect(created).toBe(false);
    expect(await t.db.member.count({ where: { userId } })).toBe(2);
    expect(await t.db.user.count({ where: { email: "rita@example.com" } })).toBe(1);
  });

  it("refuses a wrong password, and signing up (accounts are created by operators)", async () => {
    expect((await call("/sign-in/email", { body: { email: "rita@example.com", password: "wrong password!!" } })).status).toBe(401);
    const signUp = await call("/sign-up/email", { body: { email: "eve@example.com", password: "a long enough password", name: "Eve" } });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await t.db.user.count({ where: { email: "eve@example.com" } })).toBe(0);
  });
});
