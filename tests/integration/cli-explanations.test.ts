import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../lib/db/open-database";
import { startFakeGemini, type FakeGemini } from "../helpers/fake-gemini";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// `npm run matchings` with a Gemini key, in its own process, against a local stand-in for Gemini.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-cli-gemini-"));
let url: string;
let drop: () => Promise<void>;
let fake: FakeGemini;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  fake = await startFakeGemini();
});
afterAll(async () => {
  await fake.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = () =>
  runScript("scripts/matchings.ts", ["--demo"], {
    DATABASE_URL: url,
    GEMINI_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    GEMINI_MODEL: "gemini-cli-test",
  });

describe("npm run matchings with GEMINI_API_KEY", () => {
  it("has Gemini explain every job once, then nothing when the data did not change, and says what it cost", async () => {
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    const written = fake.requests.reduce((sum, request) => sum + request.candidates.length, 0);
    expect(fake.requests).toHaveLength(14);
    expect(fake.requests.every((request) => request.model === "gemini-cli-test")).toBe(true);
    expect(first.stdout).toContain(`Explanations (gemini-cli-test): ${written} written, 0 kept the template, 14 model requests.`);

    fake.reset();
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(second.stdout).toContain("Explanations (gemini-cli-test): 0 written, 0 kept the template, 0 model requests.");
  });

  it("still succeeds, with template reasons, when the model fails, and says why", async () => {
    const database = await openDatabase(url);
    await database.db.candidateMatching.updateMany({ where: { job: { externalId: "j-01" } }, data: { aiReasonSource: "TEMPLATE" } });
    const pending = await database.db.candidateMatching.count({ where: { job: { externalId: "j-01" }, status: { not: "REJECTED" } } });
    await database.close();
    fake.reset(() => ({ status: 400, json: { error: { code: 400, message: "API key not valid", status: "INVALID_ARGUMENT" } } }));
    const result = await runScript("scripts/matchings.ts", ["--job", "j-01"], {
      DATABASE_URL: url,
      GEMINI_API_KEY: "bad-key",
      GEMINI_BASE_URL: fake.url,
      GEMINI_MODEL: "gemini-other",
    });
    expect(result.code, result.stderr).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(result.stdout).toContain(`Explanations (gemini-other): 0 written, ${pending} kept the template, 1 model request.`);
    expect(result.stdout).toMatch(/Template kept because: Gemini answered 400: .*API key not valid/);
  });
});
