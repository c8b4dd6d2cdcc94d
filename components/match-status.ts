export const MATCH_STATUSES = ["PENDING", "VIEWED", "CONTACTED", "REJECTED"] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const STATUS_LABELS: Record<MatchStatus, string> = { PENDING: "Pending", VIEWED: "Viewed", CONTACTED: "Contacted", REJECTED: "Rejected" };
