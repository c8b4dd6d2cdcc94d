import { z } from "zod";

const score = z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100").nullable();

export const jobParams = z.object({ jobId: z.uuid("must be a job id (UUID)") });
export const responseParams = z.object({ id: z.uuid("must be a response id (UUID)") });

export const createResponseBody = z.strictObject({
  candidateId: z.uuid("must be a candidate id (UUID)"),
  coverLetter: z.string().max(20_000, "must be at most 20000 characters").optional(),
  screeningScore: score.optional(),
  interviewScore: score.optional(),
});

export const updateScoresBody = z
  .strictObject({ screeningScore: score.optional(), interviewScore: score.optional() })
  .refine((body) => body.screeningScore !== undefined || body.interviewScore !== undefined, {
    message: "give screeningScore and/or interviewScore",
  });
