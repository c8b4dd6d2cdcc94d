import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureJob } from "../helpers/fixtures";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// `npm run skills` in its own process, as an operator runs it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-skills-"));
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  const file = path.join(dir, "data.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      workspaces: [{ slug: "acme", name: "Acme" }],
      candidates: [
        { externalId: "c-1", name: "Kim", skills: ["Kubernets", "Fortrex"], domains: ["Fintech"] },
        { externalId: "c-2", name: "Lee", skills: ["Kubernets"], domains: ["Fintech"] },
      ],
      jobs: [fixtureJob("j-k8s", { skills: ["Kubernetes"] })],
    }),
  );
  const imported = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const skills = (...args: string[]) => runScript("scripts/skills.ts", args, { DATABASE_URL: url });

describe("npm run skills", () => {
  it("lists unresolved names with their use, most used first, as JSON", async () => {
    const result = await skills("unresolved", "--json");
    expect(result.code, result.stderr).toBe(0);
    const { unresolved } = JSON.parse(result.stdout) as { unresolved: { name: string; candidates: number; jobs: number }[] };
    expect(unresolved.slice(0, 2)).toEqual([
      { name: "Kubernets", candidates: 2, jobs: 0 },
      { name: "Fortrex", candidates: 1, jobs: 0 },
    ]);
  });

  it("adds an alias, re-resolves the data and recalculates the affected job; the second time changes nothing", async () => {
    const first = await skills("alias", "Kubernets", "Kubernetes");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/"Kubernets" now means Kubernetes/);
    expect(first.stdout).toMatch(/Recalculated 1 active job/);
    const second = await skills("alias", "Kubernets", "Kubernetes");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already an alias of Kubernetes/);
    expect(second.stdout).not.toMatch(/Recalculated/);
  });

  it("refuses look-alikes and cycles with one line on stderr and exit code 1", async () => {
    for (const args of [
      ["alias", "C", "C++"],
      ["merge", "Java", "JavaScript"],
      ["implies", "JavaScript", "TypeScript"],
      ["alias", "K9", "Nothing-known"],
    ]) {
      const result = await skills(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: /);
    }
  });

  it("prints its usage for --help and for no command", async () => {
    for (const args of [["--help"], []]) {
      const result = await skills(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage: npm run skills -- <command>/);
    }
  });
});
