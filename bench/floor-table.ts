import type { Db } from "../lib/db";
import type { FloorRows } from "./floor-score";

export type FloorTable = {
  /** Every given job's rows replaced by `rows` in one statement: the others deleted, these inserted or updated. */
  write: (rows: FloorRows) => Promise<void>;
  drop: () => Promise<void>;
};

const TABLE = `"BenchFloorMatching"`;

/**
 * The floor's scratch copy of CandidateMatching: an ordinary (logged) table with the same
 * columns, defaults, indexes and foreign keys, so that its writes pay what the product's do
 * (write-ahead log, four indexes, two foreign-key checks per row). A temporary or unlogged table
 * would skip the log and make the floor lower than any real write can be.
 */
export async function openFloorTable(db: Db): Promise<FloorTable> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${TABLE}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${TABLE} (LIKE "CandidateMatching" INCLUDING ALL)`);
  await db.$executeRawUnsafe(`ALTER TABLE ${TABLE}
    ADD FOREIGN KEY ("jobId") REFERENCES "Job"(id) ON DELETE CASCADE,
    ADD FOREIGN KEY ("candidateId") REFERENCES "Candidate"(id) ON DELETE CASCADE`);
  return {
    write: async (rows) => {
      await db.$executeRaw`
        WITH gone AS (
          DELETE FROM "BenchFloorMatching" m WHERE m."jobId" = ANY(${rows.jobs}::uuid[])
            AND (m."jobId", m."candidateId") NOT IN (SELECT * FROM unnest(${rows.jobIds}::uuid[], ${rows.candidateIds}::uuid[]))
        )
        INSERT INTO "BenchFloorMatching"
          (id, "jobId", "candidateId", "matchScore", "skillsMatch", "domainMatch", "experienceMatch", "requiredCoverage", breakdown, rank,
           "aiReason", "updatedAt")
        SELECT gen_random_uuid(), u.job, u.candidate, u.score, u.skills, u.domains, u.experience, u.coverage, '{}'::jsonb, u.rank, '', now()
        FROM unnest(${rows.jobIds}::uuid[], ${rows.candidateIds}::uuid[], ${rows.scores}::float8[], ${rows.skills}::float8[],
          ${rows.domains}::float8[], ${rows.experience}::float8[], ${rows.coverage}::float8[], ${rows.ranks}::int[])
          AS u(job, candidate, score, skills, domains, experience, coverage, rank)
        ON CONFLICT ("jobId", "candidateId") DO UPDATE SET
          "matchScore" = EXCLUDED."matchScore", "skillsMatch" = EXCLUDED."skillsMatch", "domainMatch" = EXCLUDED."domainMatch",
          "experienceMatch" = EXCLUDED."experienceMatch", "requiredCoverage" = EXCLUDED."requiredCoverage", rank = EXCLUDED.rank,
          "updatedAt" = now()`;
    },
    drop: async () => {
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${TABLE}`);
    },
  };
}
