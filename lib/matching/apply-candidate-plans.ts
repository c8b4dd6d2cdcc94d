import type { DbClient, DbTransaction } from "../db";
import { rankKey, type Scored } from "../scoring/rank-candidates";
import { planCandidateUpdate, type CandidateUpdatePlan, type StoredRow } from "./plan-matchings";
import { deleteMatchingRows, upsertMatchingRows, type MatchingKey, type MatchingRow } from "./write-matching-rows";

/** The candidate's score for one job, and the fingerprint of what an explanation of it would be written from. */
export type CandidateScore = { jobId: string; scored: Scored; fingerprint: string };

export type AppliedPlans = {
  changedJobIds: string[];
  /** Per changed job, the rows inserted, updated, re-ranked or removed. */
  writesPerJob: Map<string, number>;
  needsFullRecalculation: string[];
  rowsWritten: number;
  rankedIn: number;
};

/** The job rows incremental matching needs: every ranked row, and the candidate's own (ranked or not). */
export async function readStoredRows(db: DbClient, jobIds: string[], candidateId: string): Promise<Map<string, StoredRow[]>> {
  const rows = await db.$queryRaw<(StoredRow & { jobId: string })[]>`
    SELECT "jobId", "candidateId", status::text AS status, rank, "matchScore", "skillsMatch" AS skills, "domainMatch" AS domains
    FROM "CandidateMatching"
    WHERE "jobId" = ANY(${jobIds}::uuid[]) AND (rank IS NOT NULL OR "candidateId" = ${candidateId}::uuid)`;
  const byJob = new Map<string, StoredRow[]>(jobIds.map((id) => [id, []]));
  for (const { jobId, ...row } of rows) byJob.get(jobId)?.push(row);
  return byJob;
}

export const hasWrites = (plan: CandidateUpdatePlan) => plan.upsertRank !== "none" || plan.reranked.length > 0 || plan.remove.length > 0;

/**
 * Applies one candidate's new scores to the given jobs in one transaction, under the same job
 * row locks as a full recalculation (taken in id order, so two candidates' runs cannot deadlock),
 * re-reading each job's list under its lock: a recruiter's decision or a recalculation that
 * landed meanwhile is planned with, not overwritten. All jobs' changes land together or not at all.
 */
export async function applyCandidatePlans(
  tx: DbTransaction,
  candidateId: string,
  scores: ReadonlyMap<string, CandidateScore>,
  reasonFor: (scored: Scored) => string,
): Promise<AppliedPlans> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Job" WHERE id = ANY(${[...scores.keys()]}::uuid[]) AND status = 'ACTIVE' ORDER BY id FOR NO KEY UPDATE`;
  const jobIds = locked.map((row) => row.id);
  const stored = await readStoredRows(tx, jobIds, candidateId);
  const removals: MatchingKey[] = [];
  const reranks: [string, string, number | null][] = [];
  const upserts: MatchingRow[] = [];
  const result: AppliedPlans = { changedJobIds: [], writesPerJob: new Map(), needsFullRecalculation: [], rowsWritten: 0, rankedIn: 0 };
  for (const jobId of jobIds) {
    const { scored, fingerprint } = scores.get(jobId)!;
    const plan = planCandidateUpdate(stored.get(jobId) ?? [], candidateId, scored.breakdown.eligible ? rankKey(scored) : null);
    if (plan.needsFullRecalculation) result.needsFullRecalculation.push(jobId);
    if (!hasWrites(plan)) continue;
    result.changedJobIds.push(jobId);
    result.writesPerJob.set(jobId, plan.remove.length + plan.reranked.length + (plan.upsertRank === "none" ? 0 : 1));
    for (const id of plan.remove) removals.push([jobId, id]);
    for (const row of plan.reranked) reranks.push([jobId, row.candidateId, row.rank]);
    if (plan.upsertRank !== "none") {
      upserts.push({ jobId, scored, rank: plan.upsertRank, reason: reasonFor(scored), fingerprint });
      if (plan.upsertRank !== null) result.rankedIn++;
    }
  }
  await deleteMatchingRows(tx, removals);
  if (reranks.length > 0) {
    await tx.$executeRaw`
      UPDATE "CandidateMatching" m SET rank = u.rank, "updatedAt" = now()
      FROM unnest(${reranks.map((r) => r[0])}::uuid[], ${reranks.map((r) => r[1])}::uuid[], ${reranks.map((r) => r[2])}::int[])
        AS u(job, candidate, rank)
      WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
  }
  await upsertMatchingRows(tx, upserts);
  result.rowsWritten = upserts.length;
  return result;
}
