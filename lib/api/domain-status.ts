import type { DomainError, DomainErrorCode } from "../domain-error";
import { ApiError, type ErrorDetail } from "./api-error";

type Answer = { status: number; code: string; details?: ErrorDetail[] };

// The one place a domain refusal becomes an HTTP status and the API's error code.
const STATUS: Record<DomainErrorCode, Answer> = {
  RESPONSE_EXISTS: { status: 409, code: "response_exists" },
  JOB_NOT_FOUND: { status: 404, code: "not_found" },
  JOB_NOT_ACTIVE: { status: 409, code: "job_not_active" },
  CANDIDATE_NOT_FOUND: { status: 404, code: "not_found" },
  UNKNOWN_CANDIDATE: { status: 422, code: "unknown_candidate", details: [{ path: "body.candidateId", message: "unknown candidate" }] },
  MATCHING_NOT_FOUND: { status: 404, code: "not_found" },
  RESPONSE_NOT_FOUND: { status: 404, code: "not_found" },
  UNKNOWN_CURSOR: { status: 400, code: "invalid_request", details: [{ path: "query.cursor", message: "unknown cursor" }] },
  RECALCULATION_BUSY: { status: 429, code: "recalculation_busy" },
  MATCHINGS_NOT_IN_JOB: { status: 422, code: "matchings_not_in_job" },
};

export function domainApiError(error: DomainError): ApiError {
  const { status, code, details } = STATUS[error.code];
  const headers: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { "Retry-After": String(error.retryAfterSeconds) };
  return new ApiError(status, code, error.message, details, headers);
}
