import type { Db, DbTransaction } from "../db";
import type { Scored } from "../scoring/rank-candidates";
import { planMatchings, TOP_N, type ExistingRow } from "./plan-matchings";
import { deleteMatchingRows, upsertMatchingRows, type MatchingKey, type MatchingRow } from "./write-matching-rows";

export { TOP_N } from "./plan-matchings";

/**
 * Transactions that take a job's lock wait their turn behind that job's saves: under a burst of
 * recalculations that is seconds, far beyond Prisma's defaults (2 s to start, 5 s to finish).
 */
export const JOB_LOCK_TRANSACTION = { maxWait: 30_000, timeout: 60_000 };

export type SaveResult = { ranked: number; keptOutsideTop: number; removed: number; bestScore: number | null };

/**
 * Recruiters rejected more of a ranking, between it and its save, than it had spares: the
 * candidates who now belong in the top were cut off, so nothing was written and the job must be
 * ranked again.
 */
export class StaleRankingError extends Error {
  override name = "StaleRankingError";
  constructor(readonly jobId: string) {
    super(`Job ${jobId}: too many of its ranked candidates were rejected meanwhile; rank it again`);
  }
}

/** One job's new list, ready to write: its ranking, the kept rows rescored, and how to explain a row. */
export type JobSave = {
  jobId: string;
  ranked: readonly Scored[];
  /** Whether `ranked` holds every eligible candidate, not only the best few. */
  complete: boolean;
  refreshed: ReadonlyMap<string, Scored>;
  reasonFor: (scored: Scored) => string;
  fingerprintFor: (scored: Scored) => string;
};

/**
 * Replaces the matchings of one or more jobs in one transaction under locks on their job rows
 * (taken in id order, like incremental matching, so no two writers deadlock), so a reader never
 * sees half a list, a failure leaves every previous list intact, and concurrent recalculations of
 * a job serialise. Who stays and who goes follows the recruiter's decisions (planMatchings:
 * REJECTED and CONTACTED rows stay, scores refreshed; PENDING and VIEWED rows that fall out go);
 * a status is never written here. A reason written by Gemini stays while its fingerprint (what it
 * was written from) is unchanged; otherwise the template is written, to be explained again later.
 * The statements are one per kind for all the jobs, so a group of jobs costs the round trips of
 * one. `alsoWrite` runs last in the same transaction (the all-jobs run records its runs there).
 * Throws StaleRankingError, having written nothing, when a job's incomplete ranking no longer
 * fills its top.
 */
export async function saveMatchings(
  db: Db,
  jobs: readonly JobSave[],
  alsoWrite?: (tx: DbTransaction, results: SaveResult[]) => Promise<unknown>,
): Promise<SaveResult[]> {
  const jobIds = jobs.map((job) => job.jobId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Job" WHERE id = ANY(${jobIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    const gone = jobIds.filter((id) => !locked.some((row) => row.id === id));
    if (gone.length > 0) throw new Error(`Job ${gone.join(", ")} no longer exists`);
    const existing = await tx.$queryRaw<(ExistingRow & { jobId: string })[]>`
        SELECT "jobId", "candidateId", status::text AS status FROM "CandidateMatching" WHERE "jobId" = ANY(${jobIds}::uuid[])`;
    const existingOf = new Map<string, ExistingRow[]>(jobIds.map((id) => [id, []]));
    for (const { jobId, ...row } of existing) existingOf.get(jobId)!.push(row);

    const rows: MatchingRow[] = [];
    const removals: MatchingKey[] = [];
    const unscored: MatchingKey[] = [];
    const results = jobs.map((job) => {
      const { top, keep, remove } = planMatchings(existingOf.get(job.jobId)!, job.ranked);
      if (top.length < TOP_N && !job.complete) throw new StaleRankingError(job.jobId);
      const row = (scored: Scored, rank: number | null) => ({
        jobId: job.jobId,
        scored,
        rank,
        reason: job.reasonFor(scored),
        fingerprint: job.fingerprintFor(scored),
      });
      for (const [index, scored] of top.entries()) rows.push(row(scored, index + 1));
      for (const { candidateId } of keep) {
        const scored = job.refreshed.get(candidateId);
        // Kept rows we could not rescore (none in practice) must still lose a stale rank.
        if (scored) rows.push(row(scored, null));
        else unscored.push([job.jobId, candidateId]);
      }
      for (const candidateId of remove) removals.push([job.jobId, candidateId]);
      return { ranked: top.length, keptOutsideTop: keep.length, removed: remove.length, bestScore: top[0]?.breakdown.matchScore ?? null };
    });

    await deleteMatchingRows(tx, removals);
    await upsertMatchingRows(tx, rows);
    if (unscored.length > 0) {
      await tx.$executeRaw`
          UPDATE "CandidateMatching" m SET rank = NULL
          FROM unnest(${unscored.map((key) => key[0])}::uuid[], ${unscored.map((key) => key[1])}::uuid[]) AS u(job, candidate)
          WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
    }
    await alsoWrite?.(tx, results);
    return results;
  }, JOB_LOCK_TRANSACTION);
}
