import { z } from "zod";

// Response shapes documented in the OpenAPI document (the request shapes live beside their handlers).

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const jobItem = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  title: z.string(),
  status: z.enum(["DRAFT", "ACTIVE", "CLOSED"]),
  matchingsCount: z.int(),
  bestScore: z.number().nullable(),
  lastRun: z.object({ at: z.iso.datetime(), trigger: z.string(), status: z.string() }).nullable(),
});

export const responseItem = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  candidateId: z.uuid(),
  coverLetter: z.string(),
  screeningScore: z.number().nullable(),
  interviewScore: z.number().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const recalculationOutcome = z.union([
  z.object({ mode: z.literal("queued"), eventId: z.string() }),
  z.object({ mode: z.literal("in-process"), result: z.record(z.string(), z.unknown()) }),
  z.object({ mode: z.literal("not-sent"), reason: z.string() }),
]);

export const healthBody = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable(), error: z.string().optional() }),
});
