import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/load-catalog";
import type { Breakdown } from "../scoring/types";
import { buildCandidateBrief, buildJobBrief, type CandidateBrief, type JobBrief } from "./explanation-input";
import { PROMPT_VERSION } from "./build-prompt";

/** Hash of exactly what a reason is written from; a new prompt version makes every reason stale. */
export function reasonFingerprint(job: JobBrief, candidate: CandidateBrief): string {
  return createHash("sha256")
    .update(JSON.stringify({ prompt: PROMPT_VERSION, job, candidate }))
    .digest("hex");
}

/** The fingerprint of each of a job's rows, for the recalculation to store beside the template reason. */
export function reasonFingerprinter(job: Parameters<typeof buildJobBrief>[0], catalog: Catalog): (breakdown: Breakdown) => string {
  const brief = buildJobBrief(job, catalog);
  return (breakdown) => reasonFingerprint(brief, buildCandidateBrief(breakdown, catalog));
}
