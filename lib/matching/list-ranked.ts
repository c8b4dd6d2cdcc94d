import type { Db } from "../db";

export type RankedMatch = {
  rank: number;
  candidateId: string;
  candidateExternalId: string | null;
  matchScore: number;
  skillsMatch: number;
  domainMatch: number;
  experienceMatch: number;
  status: string;
};

/** The ranked top list of each job (REJECTED rows and unranked kept rows excluded), by rank. */
export async function listRanked(db: Db, jobIds: string[]): Promise<Map<string, RankedMatch[]>> {
  const rows = await db.candidateMatching.findMany({
    where: { jobId: { in: jobIds }, rank: { not: null }, status: { not: "REJECTED" } },
    orderBy: [{ jobId: "asc" }, { rank: "asc" }],
    select: {
      jobId: true,
      rank: true,
      candidateId: true,
      matchScore: true,
      skillsMatch: true,
      domainMatch: true,
      experienceMatch: true,
      status: true,
      candidate: { select: { externalId: true } },
    },
  });
  const byJob = new Map<string, RankedMatch[]>(jobIds.map((id) => [id, []]));
  for (const row of rows) {
    byJob.get(row.jobId)?.push({
      rank: row.rank ?? 0,
      candidateId: row.candidateId,
      candidateExternalId: row.candidate.externalId,
      matchScore: row.matchScore,
      skillsMatch: row.skillsMatch,
      domainMatch: row.domainMatch,
      experienceMatch: row.experienceMatch,
      status: row.status,
    });
  }
  return byJob;
}
