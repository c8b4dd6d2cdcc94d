import { Prisma, type Db } from "../db";
import type { Scored } from "../scoring/rank-candidates";
import { planMatchings, type ExistingRow } from "./plan-matchings";

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

export type SaveResult = { ranked: number; keptOutsideTop: number; removed: number; bestScore: number | null };

/**
 * Replaces a job's matchings in one transaction under a lock on the job row, so a reader never
 * sees half a list, a failure leaves the previous list intact, and concurrent recalculations
 * of one job serialise. Who stays and who goes follows the recruiter's decisions (planMatchings:
 * REJECTED and CONTACTED rows stay, scores refreshed; PENDING and VIEWED rows that fall out go);
 * a status is never written here. A reason written by Gemini stays while its fingerprint (what it
 * was written from) is unchanged; otherwise the template is written, to be explained again later.
 */
export async function saveMatchings(
  db: Db,
  jobId: string,
  ranked: readonly Scored[],
  refreshed: ReadonlyMap<string, Scored>,
  reasonFor: (scored: Scored) => string,
  fingerprintFor: (scored: Scored) => string,
): Promise<SaveResult> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Job" WHERE id = ${jobId}::uuid FOR NO KEY UPDATE`;
      if (locked.length === 0) throw new Error(`Job ${jobId} no longer exists`);
      const existing = await tx.$queryRaw<ExistingRow[]>`
        SELECT "candidateId", status::text AS status FROM "CandidateMatching" WHERE "jobId" = ${jobId}::uuid`;
      const { top, keep, remove } = planMatchings(existing, ranked);

      const rows = [
        ...top.map((scored, index) => ({ scored, rank: index + 1 as number | null })),
        ...keep.flatMap((row) => {
          const scored = refreshed.get(row.candidateId);
          return scored ? [{ scored, rank: null }] : [];
        }),
      ];
      if (remove.length > 0) {
        await tx.$executeRaw`DELETE FROM "CandidateMatching" WHERE "jobId" = ${jobId}::uuid AND "candidateId" = ANY(${remove}::uuid[])`;
      }
      if (rows.length > 0) {
        const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
        await tx.$executeRaw`
          INSERT INTO "CandidateMatching"
            (id, "jobId", "candidateId", "matchScore", "skillsMatch", "domainMatch", "experienceMatch", breakdown, rank, "aiReason", "aiReasonFingerprint", "updatedAt")
          SELECT gen_random_uuid(), ${jobId}::uuid, u.candidate, u.score, u.skills, u.domains, u.experience, u.breakdown::jsonb, u.rank, u.reason, u.fingerprint, now()
          FROM unnest(
            ${column((row) => row.scored.candidateId)}::uuid[],
            ${column((row) => row.scored.breakdown.matchScore)}::float8[],
            ${column((row) => row.scored.breakdown.criteria.skills)}::float8[],
            ${column((row) => row.scored.breakdown.criteria.domains)}::float8[],
            ${column((row) => row.scored.breakdown.criteria.experience)}::float8[],
            ${column((row) => JSON.stringify(row.scored.breakdown))}::text[],
            ${column((row) => row.rank)}::int[],
            ${column((row) => reasonFor(row.scored))}::text[],
            ${column((row) => fingerprintFor(row.scored))}::text[]
          ) AS u(candidate, score, skills, domains, experience, breakdown, rank, reason, fingerprint)
          ${ON_MATCHING_CONFLICT}`;
      }
      // Kept rows we could not rescore (none in practice) must still lose a stale rank.
      const unscored = keep.filter((row) => !refreshed.has(row.candidateId)).map((row) => row.candidateId);
      if (unscored.length > 0) {
        await tx.$executeRaw`UPDATE "CandidateMatching" SET rank = NULL WHERE "jobId" = ${jobId}::uuid AND "candidateId" = ANY(${unscored}::uuid[])`;
      }
      return {
        ranked: top.length,
        keptOutsideTop: keep.length,
        removed: remove.length,
        bestScore: top[0]?.breakdown.matchScore ?? null,
      };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
