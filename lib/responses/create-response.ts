import { ApiError, notFound } from "../api/api-error";
import type { Db } from "../db";

export type NewResponse = { candidateId: string; coverLetter?: string; screeningScore?: number | null; interviewScore?: number | null };

/** Records a candidate's response to a job of the workspace. A second response to the same job is a conflict. */
export async function createResponse(db: Db, workspaceId: string, jobId: string, input: NewResponse) {
  const [job, candidate, existing] = await Promise.all([
    db.job.findFirst({ where: { id: jobId, workspaceId }, select: { id: true } }),
    db.candidate.findUnique({ where: { id: input.candidateId }, select: { id: true } }),
    db.response.findUnique({ where: { jobId_candidateId: { jobId, candidateId: input.candidateId } }, select: { id: true } }),
  ]);
  if (!job) throw notFound("Job");
  if (!candidate) throw new ApiError(422, "unknown_candidate", `No candidate has the id ${input.candidateId}`, [{ path: "body.candidateId", message: "unknown candidate" }]);
  if (existing) throw new ApiError(409, "conflict", `This candidate already responded to this job (response ${existing.id})`);
  return db.response.create({
    data: {
      jobId,
      candidateId: input.candidateId,
      coverLetter: input.coverLetter ?? "",
      screeningScore: input.screeningScore ?? null,
      interviewScore: input.interviewScore ?? null,
    },
  });
}
