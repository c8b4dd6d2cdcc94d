import { loadCatalog, type Catalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import { loadJobs } from "../matching/load-jobs";
import type { Breakdown } from "../scoring/types";
import { buildPrompt } from "./build-prompt";
import { callGemini } from "./call-gemini";
import { buildCandidateBrief, buildJobBrief } from "./explanation-input";
import type { ExplainerConfig } from "./gemini-settings";
import { parseReasons } from "./parse-reasons";
import { reasonFingerprint } from "./reason-fingerprint";

/** Candidates per request: a job's 50 and a few kept rows fit in one; more are split. */
export const CANDIDATES_PER_CALL = 60;

export type ExplainResult = {
  jobId: string;
  /** Rows whose reason was the template (missing or stale) and up to date with the job. */
  pending: number;
  /** Reasons written by Gemini and stored. */
  written: number;
  /** Pending rows left with their template reason (failed call, unusable or missing answer, or changed meanwhile). */
  keptTemplate: number;
  /** HTTP requests sent to the model, retries included. */
  requests: number;
  errors: string[];
};

export type ExplainOptions = ExplainerConfig & { catalog?: Catalog; signal?: AbortSignal };

/**
 * Has Gemini write the reasons of a job's matchings that still carry the template (new or stale
 * rows; REJECTED rows are skipped), in one structured request per CANDIDATES_PER_CALL rows.
 * No lock is held while the model answers: each reason is stored only if its row still has the
 * fingerprint the prompt was written from, so a recalculation that changed the row meanwhile
 * wins. A model failure leaves the template in place and is reported, never thrown.
 */
export async function explainJob(db: Db, jobId: string, options: ExplainOptions): Promise<ExplainResult> {
  const result: ExplainResult = { jobId, pending: 0, written: 0, keptTemplate: 0, requests: 0, errors: [] };
  const catalog = options.catalog ?? (await loadCatalog(db));
  const [job] = await loadJobs(db, catalog, { ids: [jobId] });
  if (job?.status !== "ACTIVE") return result;
  const jobBrief = buildJobBrief(job, catalog);

  const rows = await db.candidateMatching.findMany({
    where: { jobId, aiReasonSource: "TEMPLATE", status: { not: "REJECTED" }, aiReasonFingerprint: { not: null } },
    select: { id: true, breakdown: true, aiReasonFingerprint: true },
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  // A row written before the job or the catalog last changed waits for its recalculation.
  const pending = rows.flatMap((row) => {
    const brief = buildCandidateBrief(row.breakdown as Breakdown, catalog);
    const fingerprint = reasonFingerprint(jobBrief, brief);
    return fingerprint === row.aiReasonFingerprint ? [{ id: row.id, brief, fingerprint }] : [];
  });
  result.pending = pending.length;

  for (let start = 0; start < pending.length; start += CANDIDATES_PER_CALL) {
    const chunk = pending.slice(start, start + CANDIDATES_PER_CALL);
    const prompt = buildPrompt(
      jobBrief,
      chunk.map((row) => row.brief),
    );
    const outcome = await callGemini(options, prompt, options.signal);
    result.requests += outcome.requests;
    if (!outcome.ok) {
      result.errors.push(outcome.error);
      continue;
    }
    const reasons = parseReasons(outcome.text, prompt.keys);
    if (reasons.size < chunk.length) {
      result.errors.push(outcome.note ?? `${chunk.length - reasons.size} of ${chunk.length} reasons missing or unusable in the answer`);
    }
    const answered = chunk.flatMap((row, index) => {
      const reason = reasons.get(prompt.keys[index]!);
      return reason ? [{ ...row, reason }] : [];
    });
    if (answered.length === 0) continue;
    result.written += await db.$executeRaw`
      UPDATE "CandidateMatching" AS m SET "aiReason" = u.reason, "aiReasonSource" = 'GEMINI', "updatedAt" = now()
      FROM unnest(
          ${answered.map((row) => row.id)}::uuid[],
          ${answered.map((row) => row.fingerprint)}::text[],
          ${answered.map((row) => row.reason)}::text[]
        )
        AS u(id, fingerprint, reason)
      WHERE m.id = u.id AND m."aiReasonFingerprint" = u.fingerprint AND m."aiReasonSource" = 'TEMPLATE'`;
  }
  result.keptTemplate = result.pending - result.written;
  return result;
}
