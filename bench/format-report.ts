import os from "node:os";
import { formatTable } from "../lib/cli/format-table";
import type { BenchDetails, BenchResult } from "./run-bench";

/** The human-readable report: one row per measurement, then where the data lives and the machine's load. */
export function formatReport(result: BenchResult, details: BenchDetails): string {
  const { product, naive } = result;
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
  ];
  if (naive) rows.push(["naive baseline: full recalculation", `${naive.fullRecalcMs} ms`, `${naive.peakRssMb} MB`, naive.queries]);
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
    `Speed-up over the naive baseline: ${result.ratio === null ? "not measured (--no-naive)" : `${result.ratio}×`}`,
    `Same top 50 as the naive computation on ${details.sampleJobs} sampled jobs: ${result.sameTop50 ? "yes" : "NO"}`,
    `Machine: ${os.cpus().length} CPUs, load average ${load}`,
  ].join("\n");
}
