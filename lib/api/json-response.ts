import type { ApiError } from "./api-error";

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json", ...headers } });
}

export function errorResponse(error: ApiError, requestId: string): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return json(body, error.status, { ...error.headers, "X-Request-Id": requestId });
}
