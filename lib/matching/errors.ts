export type MatchingErrorCode = "JOB_NOT_FOUND" | "JOB_NOT_ACTIVE" | "CANDIDATE_NOT_FOUND";

/** A recalculation refused for a reason retrying cannot fix. */
export class MatchingError extends Error {
  override name = "MatchingError";
  constructor(
    readonly code: MatchingErrorCode,
    message: string,
  ) {
    super(message);
  }
}
