import type { Response as JobResponse } from "../generated/prisma/client";

export const serializeResponse = (response: JobResponse) => ({
  id: response.id,
  jobId: response.jobId,
  candidateId: response.candidateId,
  coverLetter: response.coverLetter,
  screeningScore: response.screeningScore,
  interviewScore: response.interviewScore,
  createdAt: response.createdAt.toISOString(),
  updatedAt: response.updatedAt.toISOString(),
});
