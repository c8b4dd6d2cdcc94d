import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNext, type NextServer } from "../helpers/next-server";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// The built app served by `next start`, over real HTTP, on the embedded database (or on
// PostgreSQL when TEST_DATABASE_URL is set).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-app-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer | undefined;

beforeAll(async () => {
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "pipe" });
  ({ url, drop } = await createDatabaseUrl(dir));
}, 300_000);
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the web app", () => {
  it("serves the jobs page on a fresh database, then the recalculated demo jobs", async () => {
    app = await startNext({ DATABASE_URL: url });
    const empty = await fetch(app.url);
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("No jobs yet");
    await app.stop();

    const cli = await runScript("scripts/matchings.ts", ["--demo", "--json"], { DATABASE_URL: url });
    expect(cli.code, cli.stderr).toBe(0);
    const best = (JSON.parse(cli.stdout) as { jobs: { title: string; matches: { matchScore: number }[] }[] }).jobs[0]!;

    app = await startNext({ DATABASE_URL: url });
    const page = await (await fetch(app.url)).text();
    expect(page).toContain(best.title.replace("&", "&amp;"));
    expect(page).toContain(`>${best.matches[0]!.matchScore}<`);
  });
});
