import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// The CLI in its own process, on a database of its own: a fresh embedded directory, or a fresh
// PostgreSQL database when TEST_DATABASE_URL is set.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-cli-"));
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
});
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const demo = JSON.parse(fs.readFileSync("data/demo.json", "utf8")) as { jobs: { externalId: string; status: string }[] };
const activeDemoJobs = demo.jobs
  .filter((job) => job.status === "ACTIVE")
  .map((job) => job.externalId)
  .sort();

type JsonOutput = {
  jobs: {
    jobId: string;
    externalId: string;
    workspace: string;
    eligibleCandidates: number;
    matches: { rank: number; matchScore: number; status: string; candidateExternalId: string }[];
  }[];
};

describe("npm run matchings", () => {
  it("--demo --json loads the demo data, recalculates every active job and prints exactly one JSON document", async () => {
    const result = await runScript("scripts/matchings.ts", ["--demo", "--json"], { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.jobs.map((job) => job.externalId).sort()).toEqual(activeDemoJobs);
    for (const job of output.jobs) {
      expect(job.matches.length).toBe(Math.min(50, job.eligibleCandidates));
      expect(job.matches.map((match) => match.rank)).toEqual(job.matches.map((_, i) => i + 1));
      expect(job.matches.every((match) => match.status === "PENDING" && match.matchScore > 0 && match.matchScore <= 100)).toBe(true);
    }
    expect(result.stderr).toContain("Loaded the demo data: 3 workspaces, 320 candidates, 16 jobs and 60 responses.");
  });

  it("prints a readable summary, one row per job, and does not load the demo twice", async () => {
    const result = await runScript("scripts/matchings.ts", ["--demo"], { DATABASE_URL: url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/Loaded the demo data/);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Workspace\s+Job id\s+Job\s+Eligible\s+Matchings\s+Best score\s+Time$/);
    expect(lines).toHaveLength(activeDemoJobs.length + 4);
    // Each row names the job's externalId, which --job takes; the total says why not every job loaded is ranked.
    expect(
      lines
        .slice(2, -2)
        .map((line) => line.split(/\s+/)[1])
        .sort(),
    ).toEqual(activeDemoJobs);
    expect(lines.at(-2)).toMatch(
      new RegExp(
        `^${activeDemoJobs.length} active jobs recalculated in \\d+ ms\\. ` +
          "2 other jobs \\(1 DRAFT, 1 CLOSED\\) are not ranked: only ACTIVE jobs are\\.$",
      ),
    );
    expect(lines.at(-1)).toBe("Recalculate one of them with --job <job id>.");
  });

  it("--job recalculates one job by externalId; an unknown job fails with a one-line reason", async () => {
    const one = await runScript("scripts/matchings.ts", ["--job", "j-01", "--json"], { DATABASE_URL: url });
    expect(one.code, one.stderr).toBe(0);
    expect((JSON.parse(one.stdout) as JsonOutput).jobs.map((job) => job.externalId)).toEqual(["j-01"]);

    const missing = await runScript("scripts/matchings.ts", ["--job", "nope", "--json"], { DATABASE_URL: url });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe('error: No job has the id or externalId "nope"\n');
  });

  it("npm run -s matchings -- --json prints a document jq can read: npm's banner stays off stdout", async () => {
    const result = await run("npm", ["run", "-s", "matchings", "--", "--job", "j-01", "--json"], { DATABASE_URL: url, GEMINI_API_KEY: "" });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as JsonOutput).jobs.map((job) => job.externalId)).toEqual(["j-01"]);
  });

  it("stops quietly when its reader does (| head): no EPIPE stack trace, exit code 0", async () => {
    const command = `set -o pipefail; "${process.execPath}" --import tsx scripts/matchings.ts --json | head -1`;
    const result = await run("bash", ["-c", command], { DATABASE_URL: url, GEMINI_API_KEY: "" });
    expect(result.stdout).toBe("{\n");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("npm run import rejects a bad file with the JSON path of each problem and exit code 1", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ candidates: [{ externalId: "z", name: "Z", yearsOfExperience: -1 }] }));
    const result = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("candidates[0].yearsOfExperience: must be between 0 and 80");
  });
});

describe("npm run apikey -- list", () => {
  it("says when each key was last used, never for a new one", async () => {
    expect(
      (await runScript("scripts/apikey.ts", ["create", "--workspace", "northwind", "--name", "listed"], { DATABASE_URL: url })).code,
    ).toBe(0);
    const table = (await runScript("scripts/apikey.ts", ["list", "--workspace", "northwind"], { DATABASE_URL: url })).stdout.split("\n");
    expect(table[0]).toMatch(/^Id\s+Workspace\s+Name\s+Key\s+Created\s+Last used\s+State$/);
    expect(table[2]).toMatch(/\blisted\s+tm_\S+\s+\S+\s+never\s+active$/);
  });
});

describe("two of the same command at once", () => {
  it("import, user create and apikey create each succeed, or fail with one line saying why, never half done", async () => {
    const user = ["create", "--email", "twice@example.com", "--workspace", "acme", "--password", "twice-password-1"];
    const results = await Promise.all([
      runScript("scripts/import.ts", ["data/demo.json"], { DATABASE_URL: url }),
      runScript("scripts/import.ts", ["data/demo.json"], { DATABASE_URL: url }),
    ]);
    const users = await Promise.all([
      runScript("scripts/user.ts", user, { DATABASE_URL: url }),
      runScript("scripts/user.ts", user, { DATABASE_URL: url }),
    ]);
    const keys = await Promise.all([
      runScript("scripts/apikey.ts", ["create", "--workspace", "acme"], { DATABASE_URL: url }),
      runScript("scripts/apikey.ts", ["create", "--workspace", "acme"], { DATABASE_URL: url }),
    ]);
    for (const pair of [results, users, keys]) {
      // PostgreSQL runs both; an embedded directory serves one process at a time and refuses the
      // other while the first holds it.
      const codes = pair.map((r) => r.code);
      if (url.startsWith("pglite:")) expect(codes, pair.map((r) => r.stderr).join("\n")).toContain(0);
      else expect(codes, pair.map((r) => r.stderr).join("\n")).toEqual([0, 0]);
      for (const failed of pair.filter((r) => r.code !== 0)) expect(failed.stderr).toMatch(/^error: [^\n]*is (in use|used) by[^\n]*\n$/);
    }
    const listed = await runScript("scripts/apikey.ts", ["list", "--workspace", "acme", "--json"], { DATABASE_URL: url });
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(keys.filter((r) => r.code === 0).length);
  });
});
