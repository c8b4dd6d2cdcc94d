import type { DbClient, DbTransaction } from "../db";
import { rankKey, type Scored } from "../scoring/rank-candidates";
import { ON_MATCHING_CONFLICT } from "./save-matchings";
import { planCandidateUpdate, type CandidateUpdatePlan, type StoredRow } from "./plan-matchings";

/** The candidate's score for one job, and the fingerprint of what an explanation of it would be written from. */
export type CandidateScore = { jobId: string; scored: Scored; fingerprint: string };

export type AppliedPlans = { changedJobIds: string[]; needsFullRecalculation: string[]; rowsWritten: number; rankedIn: number };

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
  const removals: [string, string][] = [];
  const reranks: [string, string, number | null][] = [];
  const upserts: { jobId: string; scored: Scored; fingerprint: string; rank: number | null }[] = [];
  const result: AppliedPlans = { changedJobIds: [], needsFullRecalculation: [], rowsWritten: 0, rankedIn: 0 };
  for (const jobId of jobIds) {
    const { scored, fingerprint } = scores.get(jobId)!;
    const plan = planCandidateUpdate(stored.get(jobId) ?? [], candidateId, scored.breakdown.eligible ? rankKey(scored) : null);
    if (plan.needsFullRecalculation) result.needsFullRecalculation.push(jobId);
    if (!hasWrites(plan)) continue;
    result.changedJobIds.push(jobId);
    for (const id of plan.remove) removals.push([jobId, id]);
    for (const row of plan.reranked) reranks.push([jobId, row.candidateId, row.rank]);
    if (plan.upsertRank !== "none") {
      upserts.push({ jobId, scored, fingerprint, rank: plan.upsertRank });
      if (plan.upsertRank !== null) result.rankedIn++;
    }
  }
  const column = <T, R>(rows: readonly T[], pick: (row: T) => R) => rows.map(pick);
  if (removals.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "CandidateMatching" m USING unnest(${column(removals, (r) => r[0])}::uuid[], ${column(removals, (r) => r[1])}::uuid[]) AS u(job, candidate)
      WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
  }
  if (reranks.length > 0) {
    await tx.$executeRaw`
      UPDATE "CandidateMatching" m SET rank = u.rank, "updatedAt" = now()
      FROM unnest(${column(reranks, (r) => r[0])}::uuid[], ${column(reranks, (r) => r[1])}::uuid[], ${column(reranks, (r) => r[2])}::int[]) AS u(job, candidate, rank)
      WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
  }
  if (upserts.length > 0) {
    // The same row shape and conflict rule as saveMatchings.
    await tx.$executeRaw`
      INSERT INTO "CandidateMatching"
        (id, "jobId", "candidateId", "matchScore", "skillsMatch", "domainMatch", "experienceMatch", breakdown, rank, "aiReason", "aiReasonFingerprint", "updatedAt")
      SELECT gen_random_uuid(), u.job, ${candidateId}::uuid, u.score, u.skills, u.domains, u.experience, u.breakdown::jsonb, u.rank, u.reason, u.fingerprint, now()
      FROM unnest(
        ${column(upserts, (row) => row.jobId)}::uuid[],
        ${column(upserts, (row) => row.scored.breakdown.matchScore)}::float8[],
        ${column(upserts, (row) => row.scored.breakdown.criteria.skills)}::float8[],
        ${column(upserts, (row) => row.scored.breakdown.criteria.domains)}::float8[],
        ${column(upserts, (row) => row.scored.breakdown.criteria.experience)}::float8[],
        ${column(upserts, (row) => JSON.stringify(row.scored.breakdown))}::text[],
        ${column(upserts, (row) => row.rank)}::int[],
        ${column(upserts, (row) => reasonFor(row.scored))}::text[],
        ${column(upserts, (row) => row.fingerprint)}::text[]
      ) AS u(job, score, skills, domains, experience, breakdown, rank, reason, fingerprint)
      ${ON_MATCHING_CONFLICT}`;
  }
  result.rowsWritten = upserts.length;
  return result;
}
