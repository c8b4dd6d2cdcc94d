import { expect } from "vitest";
import { launchBrowser, watchContentSecurityPolicy } from "./browser";
import { startNext } from "./next-server";
import { runScript } from "./run-script";

/** A recruiter of `workspaces` and an API key of the first one, made with the CLI as an operator would. */
export async function createRecruiterAndKey(url: string, email: string, password: string, workspaces: readonly string[]): Promise<string> {
  const memberships = workspaces.flatMap((workspace) => ["--workspace", workspace]);
  const user = await runScript("scripts/user.ts", ["create", "--email", email, ...memberships, "--password", password], {
    DATABASE_URL: url,
  });
  expect(user.code, user.stderr).toBe(0);
  const key = await runScript("scripts/apikey.ts", ["create", "--workspace", workspaces[0] ?? "", "--json"], { DATABASE_URL: url });
  return (JSON.parse(key.stdout) as { key: string }).key;
}

/** The app on `url`'s database with sign-in on, and a desktop-sized page that records CSP violations. */
export async function openDashboard(url: string, cspViolations: string[]) {
  const app = await startNext({ DATABASE_URL: url, BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e" });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
  await watchContentSecurityPolicy(context, cspViolations);
  return { app, browser, context, page: await context.newPage() };
}
