/** The stable codes of refusals raised by domain code; lib/api/domain-status.ts gives each its HTTP status. */
export type DomainErrorCode =
  /** The candidate already responded to this job. */
  | "RESPONSE_EXISTS"
  /** No such job in the workspace (or at all, for the CLI). */
  | "JOB_NOT_FOUND"
  /** The job is not ACTIVE: only active jobs are matched. */
  | "JOB_NOT_ACTIVE"
  /** No such candidate, where one is looked up by id. */
  | "CANDIDATE_NOT_FOUND"
  /** A response names a candidate that does not exist. */
  | "UNKNOWN_CANDIDATE"
  /** No such matching in the workspace. */
  | "MATCHING_NOT_FOUND"
  /** No such response in the workspace. */
  | "RESPONSE_NOT_FOUND"
  /** A page cursor this service never returned (forged, or another workspace's). */
  | "UNKNOWN_CURSOR"
  /** The workspace has as many in-process recalculations as it may: retry after `retryAfterSeconds`. */
  | "RECALCULATION_BUSY"
  /** A bulk decision names matchings that are not this job's (or not this workspace's). */
  | "MATCHINGS_NOT_IN_JOB";

/**
 * A request the domain refuses for a reason the caller can act on, named by a stable code.
 * `retryAfterSeconds` is set when the same request will succeed later.
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Whether `error` is the domain's refusal `code`, whichever class raised it (for callers that answer it their own way). */
export const isDomainError = (error: unknown, code: DomainErrorCode): error is DomainError =>
  error instanceof DomainError && error.code === code;
