import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { verifyApiKey } from "../auth/api-keys";
import { getDb, type Db } from "../db";
import { DomainError } from "../domain-error";
import { clientAddress } from "../http/client-address";
import { addressLimit, apiKeyLimit, tooManyFromAddress } from "../limits/request-limits";
import { describeIssues } from "../validation/describe-issues";
import { findUnstorableText, MAX_JSON_DEPTH } from "../validation/find-unstorable-text";
import { nestsDeeperThan } from "../validation/json-nesting";
import { ApiError, internalError } from "./api-error";
import { BODY_LIMITS } from "./body-limits";
import { domainApiError } from "./domain-status";
import type { Operation } from "./operations";
import { errorResponse } from "./json-response";
import { readBodyText } from "./read-body";

type Schemas = Pick<Operation, "params" | "query" | "body">;
type Parsed<S extends Schemas, K extends keyof Schemas> = S[K] extends z.ZodType ? z.infer<S[K]> : undefined;

export type ApiContext<S extends Schemas> = {
  db: Db;
  workspaceId: string;
  requestId: string;
  params: Parsed<S, "params">;
  query: Parsed<S, "query">;
  body: Parsed<S, "body">;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The one wrapper of every API route, serving one operation of lib/api/operations.ts: reads the
 * body within its limit, authenticates the API key (one workspace), parses and validates params,
 * query and JSON body with the operation's zod schemas (those the OpenAPI document shows), and turns
 * errors into the one error shape (a domain refusal with its status from domain-status.ts). An
 * unexpected error is logged with a request id and answered with a generic 500.
 */
export function apiHandler<S extends Operation>(operation: S, handle: (context: ApiContext<S>) => Promise<Response>) {
  return async (request: Request, route: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    try {
      // Within its limit before anything else: an oversized body costs no key lookup.
      const text = await readBodyText(request, BODY_LIMITS.api);
      const db = await getDb();
      const workspaceId = await authenticate(db, request);
      const params = parse(operation.params, await route.params, "params");
      const query = parse(operation.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = operation.body ? parse(operation.body, readJson(request, text), "body") : undefined;
      const response = await handle({ db, workspaceId, requestId, params, query, body } as ApiContext<S>);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, requestId);
      if (error instanceof DomainError) return errorResponse(domainApiError(error), requestId);
      console.error(`[api] request ${requestId} ${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(internalError(requestId), requestId);
    }
  };
}

async function authenticate(db: Db, request: Request): Promise<string> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  const key = match?.[1] ? await verifyApiKey(db, match[1]) : null;
  if (!key) {
    // Without a valid key the request counts against its address (each cost a key lookup).
    const refused = await addressLimit.take(clientAddress(request.headers));
    if (refused > 0) throw tooManyFromAddress(refused);
    throw new ApiError(
      401,
      "unauthorized",
      match?.[1] ? "This API key is unknown or revoked" : "Send an API key: Authorization: Bearer <key>",
    );
  }
  const wait = await apiKeyLimit.take(key.keyId);
  if (wait > 0)
    throw new ApiError(429, "rate_limited", `Too many requests for this API key; retry in ${wait} s`, undefined, {
      "Retry-After": String(wait),
    });
  return key.workspaceId;
}

function parse(schema: z.ZodType | undefined, input: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(where, result.error.issues);
}

/** The 400 naming the bad fields of `where` (params, query, body) by their paths (the first few, shortened). */
function invalid(where: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiError {
  const details = describeIssues(where, issues);
  return new ApiError(400, "invalid_request", `Invalid ${where}: ${details.map((d) => `${d.path}: ${d.message}`).join("; ")}`, details);
}

const tooDeep = () => new ApiError(400, "too_deep", `The body is nested more than ${MAX_JSON_DEPTH} levels deep`);

function readJson(request: Request, text: string): unknown {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)");
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw tooDeep();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${(error as Error).message}`);
  }
  const unstorable = findUnstorableText(body);
  if (unstorable[0]?.code === "too_deep") throw tooDeep();
  if (unstorable.length > 0) throw invalid("body", unstorable);
  return body;
}
