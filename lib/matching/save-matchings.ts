import { Prisma, type Db, type DbTransaction } from "../db";
import type { Scored } from "../scoring/rank-candidates";
import { planMatchings, TOP_N, type ExistingRow } from "./plan-matchings";

export { TOP_N } from "./plan-matchings";

const KEEP_GEMINI_REASON = Prisma.sql`"CandidateMatching"."aiReasonSource" = 'GEMINI' AND "CandidateMatching"."aiReasonFingerprint" = EXCLUDED."aiReasonFingerprint"`;

/**
 * How every write path updates a row that exists: scores and rank refreshed, the status never
 * written, and Gemini's reason kept while what it was written from (its fingerprint) is unchanged.
 */
export const ON_MATCHING_CONFLICT = Prisma.sql`ON CONFLICT ("jobId", "candidateId") DO UPDATE SET
  "matchScore" = EXCLUDED."matchScore", "skillsMatch" = EXCLUDED."skillsMatch",
  "domainMatch" = EXCLUDED."domainMatch", "experienceMatch" = EXCLUDED."experienceMatch",
  breakdown = EXCLUDED.breakdown, rank = EXCLUDED.rank, "updatedAt" = now(),
  "aiReason" = CASE WHEN ${KEEP_GEMINI_REASON} THEN "CandidateMatching"."aiReason" ELSE EXCLUDED."aiReason" END,
  "aiReasonSource" = CASE WHEN ${KEEP_GEMINI_REASON} THEN "CandidateMatching"."aiReasonSource" ELSE 'TEMPLATE' END,
  "aiReasonFingerprint" = EXCLUDED."aiReasonFingerprint"`;

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
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Job" WHERE id = ANY(${jobIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
      const gone = jobIds.filter((id) => !locked.some((row) => row.id === id));
      if (gone.length > 0) throw new Error(`Job ${gone.join(", ")} no longer exists`);
      const existing = await tx.$queryRaw<(ExistingRow & { jobId: string })[]>`
        SELECT "jobId", "candidateId", status::text AS status FROM "CandidateMatching" WHERE "jobId" = ANY(${jobIds}::uuid[])`;
      const existingOf = new Map<string, ExistingRow[]>(jobIds.map((id) => [id, []]));
      for (const { jobId, ...row } of existing) existingOf.get(jobId)!.push(row);

      const rows: { job: JobSave; scored: Scored; rank: number | null }[] = [];
      const removals: [string, string][] = [];
      const unscored: [string, string][] = [];
      const results = jobs.map((job) => {
        const { top, keep, remove } = planMatchings(existingOf.get(job.jobId)!, job.ranked);
        if (top.length < TOP_N && !job.complete) throw new StaleRankingError(job.jobId);
        top.forEach((scored, index) => rows.push({ job, scored, rank: index + 1 }));
        for (const row of keep) {
          const scored = job.refreshed.get(row.candidateId);
          // Kept rows we could not rescore (none in practice) must still lose a stale rank.
          if (scored) rows.push({ job, scored, rank: null });
          else unscored.push([job.jobId, row.candidateId]);
        }
        for (const candidateId of remove) removals.push([job.jobId, candidateId]);
        return { ranked: top.length, keptOutsideTop: keep.length, removed: remove.length, bestScore: top[0]?.breakdown.matchScore ?? null };
      });

      const column = <T, R>(items: readonly T[], pick: (item: T) => R) => items.map(pick);
      if (removals.length > 0) {
        await tx.$executeRaw`
          DELETE FROM "CandidateMatching" m USING unnest(${column(removals, (r) => r[0])}::uuid[], ${column(removals, (r) => r[1])}::uuid[]) AS u(job, candidate)
          WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
      }
      if (rows.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "CandidateMatching"
            (id, "jobId", "candidateId", "matchScore", "skillsMatch", "domainMatch", "experienceMatch", breakdown, rank, "aiReason", "aiReasonFingerprint", "updatedAt")
          SELECT gen_random_uuid(), u.job, u.candidate, u.score, u.skills, u.domains, u.experience, u.breakdown::jsonb, u.rank, u.reason, u.fingerprint, now()
          FROM unnest(
            ${column(rows, (row) => row.job.jobId)}::uuid[],
            ${column(rows, (row) => row.scored.candidateId)}::uuid[],
            ${column(rows, (row) => row.scored.breakdown.matchScore)}::float8[],
            ${column(rows, (row) => row.scored.breakdown.criteria.skills)}::float8[],
            ${column(rows, (row) => row.scored.breakdown.criteria.domains)}::float8[],
            ${column(rows, (row) => row.scored.breakdown.criteria.experience)}::float8[],
            ${column(rows, (row) => JSON.stringify(row.scored.breakdown))}::text[],
            ${column(rows, (row) => row.rank)}::int[],
            ${column(rows, (row) => row.job.reasonFor(row.scored))}::text[],
            ${column(rows, (row) => row.job.fingerprintFor(row.scored))}::text[]
          ) AS u(job, candidate, score, skills, domains, experience, breakdown, rank, reason, fingerprint)
          ${ON_MATCHING_CONFLICT}`;
      }
      if (unscored.length > 0) {
        await tx.$executeRaw`
          UPDATE "CandidateMatching" m SET rank = NULL
          FROM unnest(${column(unscored, (r) => r[0])}::uuid[], ${column(unscored, (r) => r[1])}::uuid[]) AS u(job, candidate)
          WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
      }
      await alsoWrite?.(tx, results);
      return results;
    },
    JOB_LOCK_TRANSACTION,
  );
}
