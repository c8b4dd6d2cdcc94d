/** A recruiter's decision on a matching, in the order they are offered. */
export const MATCH_STATUSES = ["PENDING", "VIEWED", "CONTACTED", "REJECTED"] as const;

export type MatchStatus = (typeof MATCH_STATUSES)[number];
