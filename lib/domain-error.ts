/** The stable codes of refusals raised by domain code; lib/api/domain-status.ts gives each its HTTP status. */
export type DomainErrorCode = "RESPONSE_EXISTS" | "MATCHINGS_NOT_IN_JOB";

/** A request the domain refuses for a reason the caller can act on, named by a stable code. */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}
