import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importData } from "../../lib/import/import-data";
import { ImportValidationError } from "../../lib/import/validate-import";
import { snapshotDatabase, type DatabaseSnapshot } from "../helpers/database-snapshot";
import { fixtureJob } from "../helpers/fixtures";
import { deep, hostileLiteral } from "../helpers/hostile-arbitraries";
import { leakedInternals } from "../helpers/hostile-http";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl, createTestDatabase, type TestDatabase, withDatabase } from "../helpers/test-database";

// The import (importData, and `npm run import` in its own process) under hostile files. Fixed
// seed (FUZZ_SEED to replay another), FUZZ_RUNS documents per property.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);

const validFile = () => ({
  workspaces: [{ slug: "acme", name: "Acme" }],
  candidates: [
    {
      externalId: "c-1",
      name: "Ada",
      email: "ada@example.com",
      skills: ["TypeScript"],
      domains: ["Fintech"],
      experiences: [{ title: "Engineer", domain: "Fintech", startDate: "2020-01-01", skills: ["React"] }],
      portfolio: [{ title: "Shop", url: "https://example.com", skills: ["TypeScript"] }],
      technicalTests: [{ name: "TS", score: 80, completedAt: "2026-01-01" }],
      feedbacks: [{ rating: 4, comment: "good" }],
      quizzes: [{ topic: "React", score: 70, completedAt: "2026-01-02" }],
      badges: [{ name: "Mentor", awardedAt: "2025-12-01" }],
    },
  ],
  jobs: [fixtureJob()],
  responses: [{ job: "j-1", candidate: "c-1", coverLetter: "Hello", screeningScore: 50 }],
});

/** Every path to a leaf of a JSON document. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...at, index]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]));
  return [at];
}
const LEAVES = leaves(validFile());

function setAt(document: unknown, at: (string | number)[], replacement: unknown): void {
  let node = document as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1)!] = replacement;
}

function replaceAt(document: unknown, at: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(document);
  setAt(copy, at, replacement);
  return copy;
}

/** A valid file with one to three leaves replaced by hostile values (JSON.parse'd: 1e400 is Infinity, as a file would give). */
const hostileFile = fc.array(fc.tuple(fc.constantFrom(...LEAVES), hostileLiteral), { minLength: 1, maxLength: 3 }).map((changes) => {
  // Leaves are never on each other's paths, so one fresh file takes every change in place.
  const file = validFile();
  for (const [at, literal] of changes) setAt(file, at, JSON.parse(literal));
  return file;
});

describe("importData under hostile files", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.close());

  it("either imports or refuses with ImportValidationError naming each bad field, and a refusal writes nothing", {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (file) => {
        const before = await snapshotDatabase(t.db);
        const error = await importData(t.db, file).then(
          () => null,
          (e: unknown) => e,
        );
        if (error === null) return;
        expect(error).toBeInstanceOf(ImportValidationError);
        const { issues, message } = error as ImportValidationError;
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.path).toMatch(/^(\(root\)|[a-z])/i);
        expect(leakedInternals(message)).toEqual([]);
        expect(await snapshotDatabase(t.db)).toEqual(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });

  it("refuses text PostgreSQL cannot store (NUL, unpaired surrogates) anywhere, naming the field, not failing mid-write", async () => {
    for (const [at, bad] of [
      [["candidates", 0, "name"], "Ada\u0000"],
      [["candidates", 0, "portfolio", 0, "url"], "https://example.com/\u0000"],
      [["responses", 0, "coverLetter"], "\ud800 hello"],
      [["jobs", 0, "skills", 0], "Type\udfffScript"],
    ] as const) {
      const error = await importData(t.db, replaceAt(validFile(), [...at], bad)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportValidationError);
      expect((error as ImportValidationError).issues[0]?.path).toBe(
        at.map((key, i) => (typeof key === "number" ? `[${key}]` : i ? `.${key}` : key)).join(""),
      );
    }
  });
});

describe("npm run import under hostile files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-fuzz-import-"));
  let url: string;
  let drop: () => Promise<void>;
  let before: DatabaseSnapshot;
  const snapshot = () => withDatabase(url, snapshotDatabase);
  beforeAll(async () => {
    ({ url, drop } = await createDatabaseUrl(dir));
    const seeded = await runScript("scripts/import.ts", [write("valid.json", JSON.stringify(validFile()))], { DATABASE_URL: url });
    expect(seeded.code, seeded.stderr).toBe(0);
    before = await snapshot();
  });
  afterAll(async () => {
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  const withValid = (at: (string | number)[], literal: string) =>
    JSON.stringify(replaceAt(validFile(), at, "__HOLE__")).replace('"__HOLE__"', literal);
  const cases: [string, () => string, RegExp][] = [
    ["an empty file", () => write("empty.json", ""), /not valid JSON|Unexpected end/i],
    [
      "binary garbage",
      () => write("garbage.json", Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x80])),
      /not valid JSON at line 1, column 1\b/,
    ],
    ["10,000 levels of nesting", () => write("deep.json", deep(10_000)), /\(root\)/],
    [
      "10 MB of one string",
      () => write("huge.json", JSON.stringify({ candidates: [{ externalId: "c-9", name: "x".repeat(10 * 1024 * 1024) }] })),
      /candidates\[0\]\.name: must be at most 200/,
    ],
    [
      "a NUL in a name",
      () => write("nul.json", withValid(["candidates", 0, "name"], '"Ada\\u0000"')),
      /candidates\[0\]\.name: must not contain NUL/,
    ],
    [
      "an unpaired surrogate in a skill",
      () => write("surrogate.json", withValid(["jobs", 0, "skills", 0], '"\\ud800"')),
      /jobs\[0\]\.skills\[0\]: must not contain NUL/,
    ],
    [
      "a score of 1e400",
      () => write("huge-number.json", withValid(["candidates", 0, "technicalTests", 0, "score"], "1e400")),
      /candidates\[0\]\.technicalTests\[0\]\.score/,
    ],
    [
      "SQL in a slug",
      () => write("sql.json", withValid(["workspaces", 0, "slug"], JSON.stringify('acme\'; DROP TABLE "Job"; --'))),
      /workspaces\[0\]\.slug/,
    ],
    ["a directory", () => dir, /is a directory, not a JSON file/],
    ["a missing file", () => path.join(dir, "nope.json"), /nope\.json: file not found/],
  ];

  // Every case is refused, so the database must stay as the valid import left it throughout.
  it.each(cases)(
    "refuses %s: exit code 1, one clear message, no stack trace, nothing written",
    { timeout: 300_000 },
    async (_, file, reason) => {
      const result = await runScript("scripts/import.ts", [file()], { DATABASE_URL: url });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).toMatch(reason);
      expect(leakedInternals(result.stderr), result.stderr).toEqual([]);
      expect(await snapshot()).toEqual(before);
    },
  );
});
