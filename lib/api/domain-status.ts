import type { DomainError, DomainErrorCode } from "../domain-error";
import { ApiError } from "./api-error";

// The one place a domain refusal becomes an HTTP status and the API's error code.
const STATUS: Record<DomainErrorCode, { status: number; code: string }> = {
  RESPONSE_EXISTS: { status: 409, code: "response_exists" },
  MATCHINGS_NOT_IN_JOB: { status: 422, code: "matchings_not_in_job" },
};

export function domainApiError(error: DomainError): ApiError {
  const { status, code } = STATUS[error.code];
  return new ApiError(status, code, error.message);
}
