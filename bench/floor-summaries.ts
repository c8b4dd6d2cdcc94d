import { Prisma, type Db } from "../lib/db";
import { badgesSql, feedbackSql, progressionSql, quizzesSql, weightedSql } from "../lib/matching/score-bounds-sql";

/**
 * Candidates' summaries as a minimal engine holds them: typed arrays, one slot per candidate.
 * Skills as two bitmaps (listed, and implied without being listed) of `skillBytes` bytes each,
 * domains as a bit mask of `maskWords` words (`domainBits` gives each domain's bit), the years of
 * experience, and the job-independent criteria already weighed (`fixed`).
 */
export type Summaries = {
  count: number;
  ids: string[];
  skillBytes: number;
  listed: Uint8Array;
  implied: Uint8Array;
  domainBits: ReadonlyMap<number, number>;
  maskWords: number;
  domains: Uint32Array;
  years: Float64Array;
  fixed: Float64Array;
};

type Row = { id: string; listed: Uint8Array; implied: Uint8Array; domains: number[]; years: number; fixed: number };

/** Which summaries to read: all of them, or those a job's GIN prefilter finds (as findContenders reads them). */
export type SummaryFilter = { requiredSkillIds: readonly number[]; domainIds: readonly number[]; mustHaveSkillIds: readonly number[] };

/**
 * One query over CandidateSummary, decoded into Summaries. PostgreSQL weighs feedback (without a
 * response), quizzes, progression and badges while it streams, with the product's own SQL
 * formulas (score-bounds-sql.ts), as the product's contenders query does.
 */
export async function readSummaries(db: Db, filter?: SummaryFilter): Promise<Summaries> {
  const where = filter
    ? Prisma.sql`WHERE s."skillIds" && ${[...filter.requiredSkillIds]}::int[] AND s."domainIds" && ${[...filter.domainIds]}::int[]
        AND s."skillIds" @> ${[...filter.mustHaveSkillIds]}::int[]`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."candidateId" AS id, s."skillBits" AS listed, s."impliedSkillBits" AS implied, s."domainIds" AS domains,
      s."yearsOfExperience" AS years,
      ${weightedSql("feedback", feedbackSql())} + ${weightedSql("quizzes", quizzesSql())}
        + ${weightedSql("progression", progressionSql())} + ${weightedSql("badges", badgesSql())} AS fixed
    FROM "CandidateSummary" s ${where}`;
  return decode(rows);
}

function decode(rows: readonly Row[]): Summaries {
  const domainBits = new Map<number, number>();
  let skillBytes = 0;
  for (const row of rows) {
    skillBytes = Math.max(skillBytes, row.listed.length, row.implied.length);
    for (const id of row.domains) if (!domainBits.has(id)) domainBits.set(id, domainBits.size);
  }
  const count = rows.length;
  const maskWords = Math.max(1, Math.ceil(domainBits.size / 32));
  const summaries: Summaries = {
    count,
    ids: new Array<string>(count),
    skillBytes,
    listed: new Uint8Array(count * skillBytes),
    implied: new Uint8Array(count * skillBytes),
    domainBits,
    maskWords,
    domains: new Uint32Array(count * maskWords),
    years: new Float64Array(count),
    fixed: new Float64Array(count),
  };
  rows.forEach((row, i) => {
    summaries.ids[i] = row.id;
    summaries.listed.set(row.listed, i * skillBytes);
    summaries.implied.set(row.implied, i * skillBytes);
    for (const id of row.domains) {
      const bit = domainBits.get(id)!;
      summaries.domains[i * maskWords + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    summaries.years[i] = row.years;
    summaries.fixed[i] = row.fixed;
  });
  return summaries;
}
