import { randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";
import { withClient } from "../setup/database-template";

// A tiny population: this checks the benchmark's output and its honesty check, never timings.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-bench-test-"));
const seed = randomInt(1_000_000);
const benchName = `tm_bench_300_6_${seed}`;
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
});
afterAll(async () => {
  if (url.startsWith("postgres")) await withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${benchName}" WITH (FORCE)`));
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const bench = (...args: string[]) =>
  runScript("scripts/bench.ts", ["--candidates", "300", "--jobs", "6", "--seed", String(seed), ...args], { DATABASE_URL: url }, 300_000);

describe("npm run bench", () => {
  it("prints exactly one JSON document with the issue's shape, and the product's top 50 equals the naive one", {
    timeout: 300_000,
  }, async () => {
    const result = await bench("--json");
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document).toEqual({
      candidates: 300,
      jobs: 6,
      database: url.startsWith("postgres") ? "postgresql" : "pglite",
      product: {
        fullRecalcMs: expect.any(Number),
        singleJobP50Ms: expect.any(Number),
        singleJobP95Ms: expect.any(Number),
        peakRssMb: expect.any(Number),
        queries: expect.any(Number),
      },
      naive: { fullRecalcMs: expect.any(Number), peakRssMb: expect.any(Number), queries: expect.any(Number) },
      ratio: expect.any(Number),
      sameTop50: true,
    });
    expect(document.product.queries).toBeGreaterThan(6);
    expect(document.naive.queries).toBeGreaterThan(6 * 2);
    expect(document.product.peakRssMb).toBeGreaterThan(10);
  });

  it("skips the baseline with --no-naive and prints the table without --json", { timeout: 300_000 }, async () => {
    const result = await bench("--no-naive");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/product: full recalculation/);
    expect(result.stdout).not.toMatch(/naive baseline: full recalculation/);
    expect(result.stdout).toMatch(/Same top 50 as the naive computation on 5 sampled jobs: yes/);
  });

  it("refuses a bad size, naming the flag", async () => {
    const result = await runScript("scripts/bench.ts", ["--candidates", "ten"], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--candidates must be an integer/);
  });
});
