import type { Db } from "../db";
import { recalculateJob, type JobResult } from "../matching";
import { runInRequest } from "../recalculation/in-request-queue";
import { diffRankings, type RankedEntry, type RankingChanges } from "./diff-rankings";

async function rankedEntries(db: Db, jobId: string): Promise<RankedEntry[]> {
  const rows = await db.candidateMatching.findMany({
    where: { jobId, rank: { not: null } },
    select: { candidateId: true, rank: true, candidate: { select: { name: true } } },
    orderBy: { rank: "asc" },
  });
  return rows.map((row) => ({ candidateId: row.candidateId, name: row.candidate.name, rank: row.rank ?? 0 }));
}

/**
 * A recruiter's "Recalculate now": the job recalculated in this process (the recruiter waits for
 * it, and a single job takes well under a second), in the same bounded queue as the API's
 * in-request recalculations, and what changed in its ranked list.
 */
export async function recalculateWithChanges(
  db: Db,
  workspaceId: string,
  jobId: string,
): Promise<{ result: JobResult; changes: RankingChanges }> {
  return runInRequest(workspaceId, async () => {
    const before = await rankedEntries(db, jobId);
    const result = await recalculateJob(db, jobId, { trigger: "dashboard", workspaceId });
    return { result, changes: diffRankings(before, await rankedEntries(db, jobId)) };
  });
}
