import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// The commands as an operator meets them: help, refusals of bad input and the import's messages,
// each in its own process on a database of its own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-cli-usage-"));
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
});
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe("--help", () => {
  const commands: [string, string[]][] = [
    ["scripts/matchings.ts", []],
    ["scripts/import.ts", []],
    ["scripts/bench.ts", []],
    ["scripts/skills.ts", []],
    ["scripts/apikey.ts", []],
    ["scripts/apikey.ts", ["create"]],
    ["scripts/user.ts", []],
    ["scripts/user.ts", ["create"]],
    ["scripts/migrate.ts", []],
  ];
  it.each(commands)("%s %s prints its usage on stdout and exits 0 without opening a database", async (script, args) => {
    const untouched = path.join(dir, "never-opened");
    for (const flag of ["--help", "-h"]) {
      const result = await runScript(script, [...args, flag], { DATABASE_URL: `pglite:${untouched}` });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage:/);
    }
    expect(fs.existsSync(untouched)).toBe(false);
  });
});

describe("npm run user -- create", () => {
  it("refuses an email that is not one, and a short password, naming the rule; warns of nothing", async () => {
    const email = await runScript("scripts/user.ts", ["create", "--email", "bad", "--workspace", "acme"], { DATABASE_URL: url });
    expect(email).toMatchObject({ code: 1, stdout: "", stderr: 'error: "bad" is not an email address\n' });
    const password = await runScript(
      "scripts/user.ts",
      ["create", "--email", "rita@example.com", "--workspace", "acme", "--password", "short"],
      { DATABASE_URL: url },
    );
    expect(password).toMatchObject({ code: 1, stdout: "", stderr: "error: the password must be at least 12 characters (it has 5)\n" });
  });

  it("creates an account without better-auth's base URL warning", async () => {
    const file = write("acme.json", JSON.stringify({ workspaces: [{ slug: "acme", name: "Acme" }] }));
    expect((await runScript("scripts/import.ts", [file], { DATABASE_URL: url })).code).toBe(0);
    const result = await runScript("scripts/user.ts", ["create", "--email", "rita@example.com", "--workspace", "acme"], {
      DATABASE_URL: url,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Created rita@example.com, member of acme\.\nPassword \(shown only now\): \S{12,}\n$/);
  });
});

describe("npm run import", () => {
  const one = {
    workspaces: [{ slug: "solo", name: "Solo" }],
    candidates: [{ externalId: "c-solo", name: "Sam Solo", skills: ["Go"], domains: ["Fintech"] }],
  };

  it("says what it imported in one sentence, singular where one, and that a second import changed nothing", async () => {
    const file = write("one.json", JSON.stringify(one));
    const first = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      `Imported ${file} (1 workspace, 1 candidate, 0 jobs and 0 responses): ` +
        "matched the 1 candidate created or changed against the active jobs (no Inngest server configured).\n",
    );
    const again = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(again.stdout).toBe(
      `Imported ${file} (1 workspace, 1 candidate, 0 jobs and 0 responses): ` +
        "no candidate was created or changed, so there was nothing to match.\n",
    );
  });

  it("reports the file's schema errors and its unknown references together, in one run", async () => {
    const file = write(
      "both.json",
      JSON.stringify({
        jobs: [{ externalId: "j-x", workspace: "nowhere", title: "T", salary: 1 }],
        responses: [{ job: "j-missing", candidate: "c-missing" }],
      }),
    );
    const result = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        "error: The import file is invalid (4 problems):",
        '  jobs[0]: Unrecognized key: "salary"',
        '  jobs[0].workspace: unknown workspace "nowhere": add it under "workspaces"',
        '  responses[0].job: unknown job "j-missing"',
        '  responses[0].candidate: unknown candidate "c-missing"',
        "",
      ].join("\n"),
    );
  });

  it("gives the line and column of a JSON syntax error, and says file not found for a missing file", async () => {
    const file = write("syntax.json", '{\n  "workspaces": [\n    { "slug": "a" "name": "A" }\n  ]\n}\n');
    const syntax = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(syntax).toMatchObject({ code: 1, stdout: "" });
    expect(syntax.stderr).toBe(`error: ${file}: not valid JSON at line 3, column 19: Expected ',' or '}' after property value\n`);

    const token = await runScript("scripts/import.ts", [write("token.json", '{\n  "workspaces": nope\n}')], { DATABASE_URL: url });
    expect(token.stderr).toMatch(/not valid JSON at line 2, column 18: Unexpected token 'o'\n$/);

    const missing = await runScript("scripts/import.ts", [path.join(dir, "absent.json")], { DATABASE_URL: url });
    expect(missing).toMatchObject({ code: 1, stdout: "", stderr: `error: ${path.join(dir, "absent.json")}: file not found\n` });
  });
});
