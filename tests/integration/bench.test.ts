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

const positive = expect.toSatisfy((value: unknown) => typeof value === "number" && value > 0);

/** The issues' JSON document; `naive` as the run gives it. */
const documentShape = (naive: unknown) => ({
  candidates: 300,
  jobs: 6,
  database: url.startsWith("postgres") ? "postgresql" : "pglite",
  floor: {
    streamMs: positive,
    scoreMs: expect.any(Number),
    writeMs: positive,
    floorMs: positive,
    eligiblePairs: positive,
    singleJobP50Ms: positive,
    singleJobP95Ms: positive,
  },
  product: {
    fullRecalcMs: expect.any(Number),
    singleJobP50Ms: expect.any(Number),
    singleJobP95Ms: expect.any(Number),
    peakRssMb: expect.any(Number),
    queries: expect.any(Number),
    fullRecalcVsFloor: positive,
    singleJobVsFloor: positive,
  },
  naive,
  ratio: expect.any(Number),
  sameTop50: true,
});

describe("npm run bench", () => {
  it("prints one JSON document of the issues' shape, the naive top 50; a sampled baseline says it extrapolated", {
    timeout: 600_000,
  }, async () => {
    const result = await bench("--json");
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document).toEqual(
      documentShape({
        fullRecalcMs: positive,
        peakRssMb: expect.any(Number),
        queries: positive,
        sampledJobs: 6,
        extrapolated: false,
        fullRecalcVsFloor: positive,
      }),
    );
    expect(document.product.queries).toBeGreaterThan(6);
    expect(document.naive.queries).toBeGreaterThan(6 * 2);
    expect(document.product.peakRssMb).toBeGreaterThan(10);
    expect(document.floor.floorMs).toBeCloseTo(document.floor.streamMs + document.floor.scoreMs + document.floor.writeMs, 0);

    const sampled = await bench("--json", "--naive-sample", "2");
    expect(sampled.code, sampled.stderr).toBe(0);
    const extrapolated = JSON.parse(sampled.stdout);
    expect(extrapolated).toEqual(
      documentShape({
        fullRecalcMs: positive,
        peakRssMb: expect.any(Number),
        queries: positive,
        sampledJobs: 2,
        extrapolated: true,
        fullRecalcVsFloor: positive,
      }),
    );
    // The set-up counted once, the jobs' part scaled from two to six: the full run's round trips, give or take
    // one per job (a job without an eligible candidate inserts nothing).
    expect(Math.abs(extrapolated.naive.queries - document.naive.queries)).toBeLessThanOrEqual(6);
    expect(extrapolated.floor.eligiblePairs).toBe(document.floor.eligiblePairs);
  });

  it("skips the baseline with --no-naive and prints the table without --json", { timeout: 300_000 }, async () => {
    const result = await bench("--no-naive");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/product: full recalculation/);
    expect(result.stdout).not.toMatch(/naive baseline: full recalculation/);
    expect(result.stdout).toMatch(/Same top 50 as the naive computation on 5 sampled jobs: yes/);
    expect(result.stdout).toMatch(/floor: score \d+ eligible pairs, top 50 per job/);
    expect(result.stdout).toMatch(
      /Over the floor: product [\d.]+× \(full recalculation\), [\d.]+× \(one job, p95\); naive baseline not measured/,
    );
  });

  it("refuses a bad size, naming the flag", async () => {
    const result = await runScript("scripts/bench.ts", ["--candidates", "ten"], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--candidates must be an integer/);
  });

  it.each([["0"], ["7"], ["2.5"], ["two"]])("refuses --naive-sample %s in one line", async (value) => {
    const result = await runScript("scripts/bench.ts", ["--jobs", "6", "--naive-sample", value], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: --naive-sample must be an integer from 1 to --jobs (6), got "${value}"\n`);
  });

  it("refuses --naive-sample with --no-naive", async () => {
    const result = await runScript("scripts/bench.ts", ["--no-naive", "--naive-sample", "2"], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: --naive-sample .*--no-naive.*\n$/);
  });
});
