import { describe, expect, it } from "vitest";
import { formatReport } from "../../../bench/format-report";
import type { BenchDetails, BenchResult } from "../../../bench/run-bench";

const floor = {
  streamMs: 700.5,
  scoreMs: 2000,
  writeMs: 250,
  floorMs: 2950.5,
  eligiblePairs: 15_000_000,
  singleJobP50Ms: 20,
  singleJobP95Ms: 40,
};
const result: BenchResult = {
  candidates: 100_000,
  jobs: 1000,
  database: "postgresql",
  floor,
  product: {
    fullRecalcMs: 29_500,
    singleJobP50Ms: 150,
    singleJobP95Ms: 250,
    peakRssMb: 900,
    queries: 451,
    fullRecalcVsFloor: 10,
    singleJobVsFloor: 6.3,
  },
  naive: null,
  ratio: null,
  sameTop50: true,
};
const details: BenchDetails = {
  location: "tm_bench_100000_1000_1",
  generated: false,
  generateMs: 10,
  singleJobRuns: 20,
  singleJobQueries: 26,
  sampleJobs: 5,
  candidateP50Ms: 70,
  candidateP95Ms: 150,
  candidateJobs: 237,
  candidateQueries: 25,
  candidateRuns: 20,
};
const naive = { fullRecalcMs: 3_000_000, peakRssMb: 1900, queries: 12_000, fullRecalcVsFloor: 1016.8 };

describe("the benchmark's table", () => {
  it("shows the floor's parts, its total and one job, and the product's multiples of it", () => {
    const report = formatReport(result, details);
    expect(report).toMatch(/floor: stream every candidate's summary +700\.5 ms/);
    expect(report).toMatch(/floor: score 15000000 eligible pairs, top 50 per job +2000 ms/);
    expect(report).toMatch(/floor: write every job's top 50 +250 ms/);
    expect(report).toMatch(/floor: full recalculation +2950\.5 ms/);
    expect(report).toMatch(/floor: one job \(p50 \/ p95 of 20\) +20 \/ 40 ms/);
    expect(report).toMatch(/Over the floor: product 10× \(full recalculation\), 6\.3× \(one job, p95\); naive baseline not measured/);
  });

  it("says when the naive baseline was extrapolated, and from how many jobs", () => {
    const report = formatReport({ ...result, naive: { ...naive, sampledJobs: 5, extrapolated: true }, ratio: 101.7 }, details);
    expect(report).toMatch(/naive baseline: full recalculation, extrapolated from 5 jobs +3000000 ms +1900 MB +12000/);
    expect(report).toMatch(/naive baseline 1016\.8×/);
    expect(report).toMatch(/Speed-up over the naive baseline: 101\.7× \(extrapolated from 5 jobs\)/);
    expect(formatReport({ ...result, naive: { ...naive, sampledJobs: 1, extrapolated: true }, ratio: 101.7 }, details)).toMatch(
      /extrapolated from 1 job /,
    );
  });

  it("says nothing of a sample when the baseline ran every job", () => {
    const report = formatReport({ ...result, naive: { ...naive, sampledJobs: 1000, extrapolated: false }, ratio: 101.7 }, details);
    expect(report).toMatch(/naive baseline: full recalculation +3000000 ms/);
    expect(report).not.toMatch(/extrapolated/);
  });
});
