import { Prisma, type DbTransaction } from "../db";
import { requiredCoverage } from "../scoring/meets-requirements";
import type { Scored } from "../scoring/rank-candidates";
import type { Breakdown } from "../scoring/types";

const KEEP_GEMINI_REASON = Prisma.sql`"CandidateMatching"."aiReasonSource" = 'GEMINI'
  AND "CandidateMatching"."aiReasonFingerprint" = EXCLUDED."aiReasonFingerprint"`;

/**
 * How every write path updates a row that exists: scores and rank refreshed, the status never
 * written, and Gemini's reason kept while what it was written from (its fingerprint) is unchanged.
 */
const ON_MATCHING_CONFLICT = Prisma.sql`ON CONFLICT ("jobId", "candidateId") DO UPDATE SET
  "matchScore" = EXCLUDED."matchScore", "skillsMatch" = EXCLUDED."skillsMatch",
  "domainMatch" = EXCLUDED."domainMatch", "experienceMatch" = EXCLUDED."experienceMatch", "requiredCoverage" = EXCLUDED."requiredCoverage",
  breakdown = EXCLUDED.breakdown, rank = EXCLUDED.rank, "updatedAt" = now(),
  "aiReason" = CASE WHEN ${KEEP_GEMINI_REASON} THEN "CandidateMatching"."aiReason" ELSE EXCLUDED."aiReason" END,
  "aiReasonSource" = CASE WHEN ${KEEP_GEMINI_REASON} THEN "CandidateMatching"."aiReasonSource" ELSE 'TEMPLATE' END,
  "aiReasonFingerprint" = EXCLUDED."aiReasonFingerprint"`;

/** One matching row to write: the job, the candidate's score, its rank (null outside the top) and explanation. */
export type MatchingRow = { jobId: string; scored: Scored; rank: number | null; reason: string; fingerprint: string };

/** The share of the job's required skills the breakdown shows held, listed or implied. */
export const coverageOf = ({ evidence }: Breakdown) =>
  requiredCoverage(
    evidence.matchedRequiredSkillIds.length,
    evidence.matchedRequiredSkillIds.length + evidence.missingRequiredSkillIds.length,
  );

/** A (jobId, candidateId) pair. */
export type MatchingKey = readonly [jobId: string, candidateId: string];

/**
 * Writes rows of any jobs in one statement (the full save and incremental matching alike): new
 * rows inserted, existing ones updated under ON_MATCHING_CONFLICT's rules.
 */
export async function upsertMatchingRows(tx: DbTransaction, rows: readonly MatchingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "CandidateMatching"
      (id, "jobId", "candidateId", "matchScore", "skillsMatch", "domainMatch", "experienceMatch", "requiredCoverage", breakdown, rank,
       "aiReason", "aiReasonFingerprint", "updatedAt")
    SELECT gen_random_uuid(), u.job, u.candidate, u.score, u.skills, u.domains, u.experience, u.coverage, u.breakdown::jsonb, u.rank,
      u.reason, u.fingerprint, now()
    FROM unnest(
      ${rows.map((row) => row.jobId)}::uuid[],
      ${rows.map((row) => row.scored.candidateId)}::uuid[],
      ${rows.map((row) => row.scored.breakdown.matchScore)}::float8[],
      ${rows.map((row) => row.scored.breakdown.criteria.skills)}::float8[],
      ${rows.map((row) => row.scored.breakdown.criteria.domains)}::float8[],
      ${rows.map((row) => row.scored.breakdown.criteria.experience)}::float8[],
      ${rows.map((row) => coverageOf(row.scored.breakdown))}::float8[],
      ${rows.map((row) => JSON.stringify(row.scored.breakdown))}::text[],
      ${rows.map((row) => row.rank)}::int[],
      ${rows.map((row) => row.reason)}::text[],
      ${rows.map((row) => row.fingerprint)}::text[]
    ) AS u(job, candidate, score, skills, domains, experience, coverage, breakdown, rank, reason, fingerprint)
    ${ON_MATCHING_CONFLICT}`;
}

/** Deletes the rows of the given (job, candidate) pairs, of any jobs, in one statement. */
export async function deleteMatchingRows(tx: DbTransaction, keys: readonly MatchingKey[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM "CandidateMatching" m
    USING unnest(${keys.map((key) => key[0])}::uuid[], ${keys.map((key) => key[1])}::uuid[]) AS u(job, candidate)
    WHERE m."jobId" = u.job AND m."candidateId" = u.candidate`;
}
