import type { z } from "zod";
import { jobItem, errorBody, healthBody, recalculationOutcome, responseItem } from "./api-schemas";
import { listMatchingsQuery, matchingItem, matchingParams, updateStatusBody } from "../matching/matching-schemas";
import { createResponseBody, jobParams, responseParams, updateScoresBody } from "../responses/response-schemas";
import { z as zod } from "zod";

/**
 * One API operation: the route serves it through apiHandler (which validates with these schemas)
 * and the OpenAPI document describes it from the same object, so neither can drift from the other.
 */
export type Operation = {
  method: "get" | "post" | "patch";
  path: string;
  summary: string;
  auth: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
};

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, { description: ERROR_TEXT[status] ?? "Error", schema: errorBody }]));

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid params, query or body (details name each bad field)",
  401: "Missing, unknown or revoked API key",
  404: "Not found in the key's workspace",
  409: "Conflict",
  413: "Body too large",
  415: "Body is not JSON",
  429: "Rate limited (see Retry-After)",
  503: "Inngest unreachable",
};

const matchingPage = zod.object({ data: zod.array(matchingItem), nextCursor: zod.string().nullable() });

/** Every endpoint of the API by name; `satisfies` keeps each one's own schema types for its handler. */
export const operations = {
  listMatchings: {
    method: "get",
    path: "/api/matching",
    summary: "Ranked matchings of a job, or of the workspace's active jobs",
    auth: true,
    query: listMatchingsQuery,
    responses: { 200: { description: "A page of matchings, sorted by job and rank", schema: matchingPage }, ...errors(400, 401, 429) },
  },
  getMatching: {
    method: "get",
    path: "/api/matching/{id}",
    summary: "One matching",
    auth: true,
    params: matchingParams,
    responses: { 200: { description: "The matching", schema: matchingItem }, ...errors(400, 401, 404, 429) },
  },
  updateMatchingStatus: {
    method: "patch",
    path: "/api/matching/{id}",
    summary: "Record the recruiter's decision",
    auth: true,
    params: matchingParams,
    body: updateStatusBody,
    responses: { 200: { description: "The updated matching", schema: matchingItem }, ...errors(400, 401, 404, 415, 429) },
  },
  listJobs: {
    method: "get",
    path: "/api/jobs",
    summary: "The workspace's jobs, by title (case-insensitive)",
    auth: true,
    responses: {
      200: { description: "Jobs with matchings count, best score and last run", schema: zod.object({ data: zod.array(jobItem) }) },
      ...errors(401, 429),
    },
  },
  createResponse: {
    method: "post",
    path: "/api/jobs/{jobId}/responses",
    summary: "A candidate responds to a job (sends gig/ranking.recalculate)",
    auth: true,
    params: jobParams,
    body: createResponseBody,
    responses: {
      201: { description: "The response", schema: zod.object({ data: responseItem, recalculation: recalculationOutcome }) },
      ...errors(400, 401, 404, 409, 413, 415, 429),
    },
  },
  updateResponseScores: {
    method: "patch",
    path: "/api/responses/{id}",
    summary: "Set screening and/or interview score (sends gig/ranking.recalculate on change)",
    auth: true,
    params: responseParams,
    body: updateScoresBody,
    responses: {
      200: { description: "The response", schema: zod.object({ data: responseItem, recalculation: recalculationOutcome.nullable() }) },
      ...errors(400, 401, 404, 415, 429),
    },
  },
  recalculateJob: {
    method: "post",
    path: "/api/jobs/{jobId}/recalculate",
    summary: "Recalculate a job now",
    auth: true,
    params: jobParams,
    responses: {
      200: {
        description: "Recalculated in-process (no Inngest server configured)",
        schema: zod.object({ mode: zod.literal("in-process"), result: zod.record(zod.string(), zod.unknown()), message: zod.string() }),
      },
      202: { description: "Queued on Inngest", schema: zod.object({ eventId: zod.string(), message: zod.string() }) },
      ...errors(400, 401, 404, 409, 429, 503),
    },
  },
  health: {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database reachability",
    auth: false,
    responses: { 200: { description: "Healthy", schema: healthBody }, 503: { description: "Database unreachable", schema: healthBody } },
  },
  openApiDocument: {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    auth: false,
    responses: { 200: { description: "OpenAPI 3.1 document" } },
  },
} satisfies Record<string, Operation>;

export const OPERATIONS: readonly Operation[] = Object.values(operations);
