import type { Db } from "../db";
import { DomainError } from "../domain-error";
import type { MatchStatus } from "../generated/prisma/enums";
import { isUuid } from "../validation/is-uuid";
import { lockJobForDecision } from "./lock-job-for-decision";
import { JOB_LOCK_TRANSACTION } from "./save-matchings";

/**
 * One decision for several matchings of one job at once, all or nothing: under the job's lock
 * (the rules of a single decision), and refused, with nothing written, if any id is not a
 * matching of this job (unknown, another job's or another workspace's read the same).
 */
export async function updateMatchingStatuses(
  db: Db,
  workspaceId: string,
  jobId: string,
  ids: readonly string[],
  status: MatchStatus,
): Promise<{ updated: number }> {
  if (!isUuid(jobId)) throw new DomainError("JOB_NOT_FOUND", "Job not found");
  const wanted = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({ where: { id: jobId, workspaceId }, select: { id: true } });
    if (!job) throw new DomainError("JOB_NOT_FOUND", "Job not found");
    await lockJobForDecision(tx, jobId);
    const valid = wanted.filter(isUuid);
    const found = await tx.candidateMatching.findMany({ where: { jobId, id: { in: valid } }, select: { id: true } });
    const known = new Set(found.map((row) => row.id));
    const strangers = wanted.filter((id) => !known.has(id));
    if (strangers.length > 0) {
      const shown = strangers.slice(0, 5).join(", ");
      throw new DomainError(
        "MATCHINGS_NOT_IN_JOB",
        `${strangers.length} of the ${wanted.length} chosen matchings ${strangers.length === 1 ? "is" : "are"} ` +
          `not in this job's list (${shown}${strangers.length > 5 ? ", …" : ""}); nothing was changed`,
      );
    }
    const { count } = await tx.candidateMatching.updateMany({ where: { jobId, id: { in: wanted } }, data: { status } });
    return { updated: count };
  }, JOB_LOCK_TRANSACTION);
}
