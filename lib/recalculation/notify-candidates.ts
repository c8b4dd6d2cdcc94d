import { candidateProfileUpdated, inngest } from "../../inngest/client";
import type { Db } from "../db";
import { matchCandidate, recalculateAllJobs } from "../matching";
import { inngestConfigured } from "./request-recalculation";

// Well within one send's limits (INNGEST_LIMITS: 5,000 events, 256 KB): an event here is about
// 150 bytes, so a batch is about 75 KB.
const BATCH = 500;
// Beyond this many candidates one full recalculation is cheaper than one incremental run each.
const IN_PROCESS_INCREMENTAL_LIMIT = 200;

export type CandidatesOutcome =
  | { mode: "queued"; events: number }
  | { mode: "in-process"; candidatesMatched: number }
  | { mode: "in-process-full"; jobsRecalculated: number }
  | { mode: "none" };

/**
 * Asks for the incremental matching of candidates who were created or changed: one
 * candidate/profile.updated event each, sent in batches. Without an Inngest server (a laptop on
 * the embedded database) they are matched right here instead: one incremental run each, or one
 * full recalculation of every active job when there are many of them.
 */
export async function notifyCandidatesUpdated(db: Db, candidateIds: readonly string[], reason: string): Promise<CandidatesOutcome> {
  if (candidateIds.length === 0) return { mode: "none" };
  if (inngestConfigured()) {
    for (let start = 0; start < candidateIds.length; start += BATCH) {
      await inngest.send(
        candidateIds.slice(start, start + BATCH).map((candidateId) => candidateProfileUpdated.create({ candidateId, reason })),
      );
    }
    return { mode: "queued", events: candidateIds.length };
  }
  if (candidateIds.length > IN_PROCESS_INCREMENTAL_LIMIT) {
    const result = await recalculateAllJobs(db, { trigger: reason });
    if (result.failures.length > 0) throw new Error(`${result.failures.length} job(s) failed to recalculate: ${result.failures[0]!.error}`);
    return { mode: "in-process-full", jobsRecalculated: result.jobs.length };
  }
  for (const candidateId of candidateIds) await matchCandidate(db, candidateId, { trigger: reason });
  return { mode: "in-process", candidatesMatched: candidateIds.length };
}
