export { recalculateJob, type JobResult, type RecalculateJobOptions } from "./recalculate-job";
export { recalculateAllJobs, type AllJobsResult, type JobFailure } from "./recalculate-all-jobs";
export { MatchingError } from "./errors";
export { TOP_N } from "./save-matchings";
export { matchCandidate, type CandidateMatchResult, type MatchCandidateOptions } from "./match-candidate";
