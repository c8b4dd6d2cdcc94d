import { notFound } from "../api/api-error";
import type { Db } from "../db";
import type { MatchStatus } from "../generated/prisma/enums";
import { lockJobForDecision } from "./lock-job-for-decision";
import { JOB_LOCK_TRANSACTION } from "./save-matchings";
import { matchingInclude, serializeMatching } from "./serialize-matching";

/** Records a recruiter's decision on one matching of the workspace, under its job's lock. */
export async function updateMatchingStatus(db: Db, workspaceId: string, id: string, status: MatchStatus) {
  return db.$transaction(async (tx) => {
    const matching = await tx.candidateMatching.findFirst({ where: { id, job: { workspaceId } }, select: { jobId: true } });
    if (!matching) throw notFound("Matching");
    await lockJobForDecision(tx, matching.jobId);
    const updated = await tx.candidateMatching.update({ where: { id }, data: { status }, include: matchingInclude });
    return serializeMatching(updated);
  }, JOB_LOCK_TRANSACTION);
}
