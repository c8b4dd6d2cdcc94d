import type { Db } from "../db";
import { isUniqueViolation } from "../db/is-unique-violation";
import { DomainError } from "../domain-error";

export type NewResponse = { candidateId: string; coverLetter?: string; screeningScore?: number | null; interviewScore?: number | null };

const responseExists = (id: string | undefined) =>
  new DomainError("RESPONSE_EXISTS", `This candidate already responded to this job${id ? ` (response ${id})` : ""}`);

/**
 * Records a candidate's response to a job of the workspace. A second response to the same job is
 * refused with RESPONSE_EXISTS, whether it finds the first already there or loses the race to
 * insert it (the unique key on job and candidate decides).
 */
export async function createResponse(db: Db, workspaceId: string, jobId: string, input: NewResponse) {
  const key = { jobId_candidateId: { jobId, candidateId: input.candidateId } };
  const [job, candidate, existing] = await Promise.all([
    db.job.findFirst({ where: { id: jobId, workspaceId }, select: { id: true } }),
    db.candidate.findUnique({ where: { id: input.candidateId }, select: { id: true } }),
    db.response.findUnique({ where: key, select: { id: true } }),
  ]);
  if (!job) throw new DomainError("JOB_NOT_FOUND", "Job not found");
  if (!candidate) throw new DomainError("UNKNOWN_CANDIDATE", `No candidate has the id ${input.candidateId}`);
  if (existing) throw responseExists(existing.id);
  try {
    return await db.response.create({
      data: {
        jobId,
        candidateId: input.candidateId,
        coverLetter: input.coverLetter ?? "",
        screeningScore: input.screeningScore ?? null,
        interviewScore: input.interviewScore ?? null,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw responseExists((await db.response.findUnique({ where: key, select: { id: true } }))?.id);
  }
}
