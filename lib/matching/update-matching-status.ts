import type { Db } from "../db";
import { DomainError } from "../domain-error";
import type { MatchStatus } from "../generated/prisma/enums";
import { JOB_LOCK_TRANSACTION } from "./save-matchings";
import { matchingInclude, serializeMatching } from "./serialize-matching";

/**
 * Records a recruiter's decision. It takes the same lock on the job as a recalculation, so the
 * two never interleave: the decision is either seen by the recalculation or made after it. It
 * waits its turn as long as a save does, so a burst of recalculations never fails a decision.
 */
export async function updateMatchingStatus(db: Db, workspaceId: string, id: string, status: MatchStatus) {
  return db.$transaction(async (tx) => {
    const matching = await tx.candidateMatching.findFirst({ where: { id, job: { workspaceId } }, select: { jobId: true } });
    if (!matching) throw new DomainError("MATCHING_NOT_FOUND", "Matching not found");
    await tx.$queryRaw`SELECT id FROM "Job" WHERE id = ${matching.jobId}::uuid FOR NO KEY UPDATE`;
    const updated = await tx.candidateMatching.update({ where: { id }, data: { status }, include: matchingInclude });
    return serializeMatching(updated);
  }, JOB_LOCK_TRANSACTION);
}
