import type { MatchStatus } from "../matching/match-statuses";

export const STATUS_LABELS: Record<MatchStatus, string> = {
  PENDING: "Pending",
  VIEWED: "Viewed",
  CONTACTED: "Contacted",
  REJECTED: "Rejected",
};
