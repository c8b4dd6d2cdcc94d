import type { Db } from "../db";
import { requestRecalculation } from "./request-recalculation";

export type JobsOutcome = { queued: number; recalculated: number };

/**
 * Has each job recalculated: one gig/ranking.recalculate event each when Inngest is configured,
 * otherwise one after the other right here.
 */
export async function recalculateJobs(
  db: Db,
  jobs: readonly { id: string; workspaceId: string }[],
  triggeredBy: string,
): Promise<JobsOutcome> {
  const outcome: JobsOutcome = { queued: 0, recalculated: 0 };
  for (const job of jobs) {
    const result = await requestRecalculation(db, { gigId: job.id, workspaceId: job.workspaceId, triggeredBy }, { inProcess: true });
    if (result.mode === "queued") outcome.queued++;
    else if (result.mode === "in-process") outcome.recalculated++;
  }
  return outcome;
}
