import { DomainError, type DomainErrorCode } from "../domain-error";

export type MatchingErrorCode = Extract<DomainErrorCode, "JOB_NOT_FOUND" | "JOB_NOT_ACTIVE" | "CANDIDATE_NOT_FOUND">;

/** A recalculation refused for a reason retrying cannot fix (Inngest's functions stop on it). */
export class MatchingError extends DomainError {
  override name = "MatchingError";
  constructor(
    override readonly code: MatchingErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
