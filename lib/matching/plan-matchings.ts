import { compareRankKeys, type RankKey } from "../scoring/rank-candidates";
import type { MatchStatus } from "./match-statuses";

export const TOP_N = 50;

export type ExistingRow = { candidateId: string; status: MatchStatus };

export type MatchingPlan<T> = {
  /** The ranked list, best first: rank = index + 1. */
  top: T[];
  /** Rows that stay outside the top, unranked: REJECTED, and CONTACTED candidates who fell out. */
  keep: ExistingRow[];
  /** Candidates whose rows go: PENDING and VIEWED candidates who fell out. */
  remove: string[];
};

/**
 * Who stays, who goes and which rank, from a job's existing rows and its candidates best first.
 * The recruiter's decisions are the rules, shared by full and incremental recalculation:
 * - REJECTED rows stay and take none of the TOP_N places;
 * - CONTACTED rows stay, ranked if still in the top, unranked otherwise;
 * - PENDING and VIEWED rows that fall out are removed; new rows start PENDING.
 */
export function planMatchings<T extends { candidateId: string }>(existing: readonly ExistingRow[], ranked: readonly T[]): MatchingPlan<T> {
  const rejected = new Set(existing.filter((row) => row.status === "REJECTED").map((row) => row.candidateId));
  const top = ranked.filter((entry) => !rejected.has(entry.candidateId)).slice(0, TOP_N);
  const inTop = new Set(top.map((entry) => entry.candidateId));
  const outside = existing.filter((row) => !inTop.has(row.candidateId));
  return {
    top,
    keep: outside.filter((row) => row.status === "REJECTED" || row.status === "CONTACTED"),
    remove: outside.filter((row) => row.status === "PENDING" || row.status === "VIEWED").map((row) => row.candidateId),
  };
}

/** A stored row as incremental matching reads it: its status, rank and the scores ranks compare. */
export type StoredRow = RankKey & { status: MatchStatus; rank: number | null };

export type CandidateUpdatePlan = {
  /** The candidate's own row: written with the new score at this rank (null: kept unranked), or not at all. */
  upsertRank: number | null | "none";
  /** Other candidates whose rank changes (null: unranked, kept outside the top). */
  reranked: { candidateId: string; rank: number | null }[];
  remove: string[];
  /**
   * The candidate left a full top 50 (or fell below its old last place): the next best candidate
   * is not stored, so only a full recalculation of the job can say who takes the place.
   */
  needsFullRecalculation: boolean;
};

/**
 * One candidate's new score against one job, applied to the job's stored list: where they now
 * belong, who is displaced, what is renumbered, under the same rules as planMatchings. `rows`
 * must hold the job's ranked rows and the candidate's own row; `key` is null when the candidate
 * is no longer eligible.
 */
export function planCandidateUpdate(rows: readonly StoredRow[], candidateId: string, key: RankKey | null): CandidateUpdatePlan {
  const ranked = rows.filter((row) => row.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const own = rows.find((row) => row.candidateId === candidateId);
  const oldLast = ranked[ranked.length - 1];
  const wasRankedInFullTop = ranked.length >= TOP_N && own?.rank != null;
  // Nothing below a full top is stored: leaving it, or falling below its old last place, opens a
  // place whose next holder is unknown here.
  if (wasRankedInFullTop && (key === null || compareRankKeys(key, oldLast!) > 0)) {
    return { upsertRank: "none", reranked: [], remove: [], needsFullRecalculation: true };
  }
  const others = ranked.filter((row) => row.candidateId !== candidateId);
  const candidates: RankKey[] = key === null ? others : insertSorted(others, key);
  const plan = planMatchings(rows, candidates);
  const newRank = new Map(plan.top.map((entry, index) => [entry.candidateId, index + 1]));

  const reranked = rows
    .filter((row) => row.candidateId !== candidateId && !plan.remove.includes(row.candidateId))
    .map((row) => ({ candidateId: row.candidateId, rank: newRank.get(row.candidateId) ?? null, old: row.rank }))
    .filter((row) => row.rank !== row.old)
    .map(({ candidateId: id, rank }) => ({ candidateId: id, rank }));
  const ownRank = newRank.get(candidateId);
  const upsertRank = ownRank !== undefined ? ownRank : own && plan.keep.some((row) => row.candidateId === candidateId) ? null : "none";
  return { upsertRank, reranked, remove: plan.remove, needsFullRecalculation: false };
}

function insertSorted(sorted: readonly RankKey[], key: RankKey): RankKey[] {
  const index = sorted.findIndex((entry) => compareRankKeys(key, entry) < 0);
  return index === -1 ? [...sorted, key] : [...sorted.slice(0, index), key, ...sorted.slice(index)];
}
