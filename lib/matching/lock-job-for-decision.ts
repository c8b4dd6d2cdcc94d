import type { DbTransaction } from "../db";

/**
 * A recruiter's decision takes the same lock on the job as a recalculation, so the two never
 * interleave: the decision is either seen by the recalculation or made after it. Run it in a
 * transaction opened with JOB_LOCK_TRANSACTION, which waits its turn as long as a save does, so
 * a burst of recalculations never fails a decision.
 */
export async function lockJobForDecision(tx: DbTransaction, jobId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Job" WHERE id = ${jobId}::uuid FOR NO KEY UPDATE`;
}
