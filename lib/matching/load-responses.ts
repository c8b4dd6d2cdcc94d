import type { Db } from "../db";
import type { ResponseEvidence } from "../scoring/types";

/** Screening and interview scores per job and candidate, for the jobs given. */
export async function loadResponses(db: Db, jobIds: string[]): Promise<Map<string, Map<string, ResponseEvidence>>> {
  const rows = await db.response.findMany({
    where: { jobId: { in: jobIds }, OR: [{ screeningScore: { not: null } }, { interviewScore: { not: null } }] },
    select: { jobId: true, candidateId: true, screeningScore: true, interviewScore: true },
  });
  const byJob = new Map<string, Map<string, ResponseEvidence>>();
  for (const row of rows) {
    const responses = byJob.get(row.jobId) ?? new Map<string, ResponseEvidence>();
    responses.set(row.candidateId, { screeningScore: row.screeningScore, interviewScore: row.interviewScore });
    byJob.set(row.jobId, responses);
  }
  return byJob;
}
