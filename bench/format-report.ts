import os from "node:os";
import { formatTable } from "../lib/cli/format-table";
import type { BenchDetails, BenchResult } from "./run-bench";

/** The human-readable report: one row per measurement, the ratios, then where the data lives and the machine's load. */
export function formatReport(result: BenchResult, details: BenchDetails): string {
  const { product, naive, floor } = result;
  const rows: (string | number)[][] = [
    ["product: full recalculation", `${product.fullRecalcMs} ms`, `${product.peakRssMb} MB`, product.queries],
    [
      `product: one job (p50 / p95 of ${details.singleJobRuns})`,
      `${product.singleJobP50Ms} / ${product.singleJobP95Ms} ms`,
      "–",
      `${details.singleJobQueries} per job`,
    ],
    [
      `product: one candidate, incremental (p50 / p95 of ${details.candidateRuns}, ${details.candidateJobs} jobs each on average)`,
      `${details.candidateP50Ms} / ${details.candidateP95Ms} ms`,
      "–",
      `${details.candidateQueries} per candidate`,
    ],
    // The floor sends one query and one statement by construction (measureFloor).
    ["floor: stream every candidate's summary", `${floor.streamMs} ms`, "–", 1],
    [`floor: score ${floor.eligiblePairs} eligible pairs, top 50 per job`, `${floor.scoreMs} ms`, "–", 0],
    ["floor: write every job's top 50", `${floor.writeMs} ms`, "–", 1],
    ["floor: full recalculation", `${floor.floorMs} ms`, "–", 2],
    [`floor: one job (p50 / p95 of ${details.singleJobRuns})`, `${floor.singleJobP50Ms} / ${floor.singleJobP95Ms} ms`, "–", "2 per job"],
  ];
  const extrapolated = naive?.extrapolated ? `extrapolated from ${naive.sampledJobs} job${naive.sampledJobs === 1 ? "" : "s"}` : null;
  if (naive) {
    const label = `naive baseline: full recalculation${extrapolated ? `, ${extrapolated}` : ""}`;
    rows.push([label, `${naive.fullRecalcMs} ms`, `${naive.peakRssMb} MB`, naive.queries]);
  }
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  return [
    `${result.candidates} candidates × ${result.jobs} active jobs on ${result.database} ` +
      `(${details.location}, ${details.generated ? "generated" : "reused"} in ${details.generateMs} ms)`,
    "",
    formatTable(["Measurement", "Time", "Peak RSS", "Queries"], rows),
    "",
    `Over the floor: product ${product.fullRecalcVsFloor}× (full recalculation), ${product.singleJobVsFloor}× (one job, p95); ` +
      `naive baseline ${naive ? `${naive.fullRecalcVsFloor}×` : "not measured"}`,
    `Speed-up over the naive baseline: ${result.ratio === null ? "not measured (--no-naive)" : `${result.ratio}×`}` +
      (extrapolated ? ` (${extrapolated})` : ""),
    `Same top 50 as the naive computation on ${details.sampleJobs} sampled jobs: ${result.sameTop50 ? "yes" : "NO"}`,
    `Machine: ${os.cpus().length} CPUs, load average ${load}`,
  ].join("\n");
}
