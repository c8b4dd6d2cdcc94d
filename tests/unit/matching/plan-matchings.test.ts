import { describe, expect, it } from "vitest";
import type { MatchStatus } from "../../../lib/matching/match-statuses";
import { planCandidateUpdate, type StoredRow } from "../../../lib/matching/plan-matchings";

/** A full top 50: c01 best (score 99) … c50 worst (score 50), all PENDING unless told. */
function fullTop(statuses: Record<string, MatchStatus> = {}): StoredRow[] {
  return Array.from({ length: 50 }, (_, i) => {
    const candidateId = `c${String(i + 1).padStart(2, "0")}`;
    return { candidateId, matchScore: 99 - i, skills: 50, domains: 50, rank: i + 1, status: statuses[candidateId] ?? "PENDING" };
  });
}
const key = (candidateId: string, matchScore: number) => ({ candidateId, matchScore, skills: 50, domains: 50 });

describe("one candidate's change applied to a job's stored list", () => {
  it("inserts a newcomer where they belong, renumbers below them and removes the displaced PENDING #51", () => {
    const plan = planCandidateUpdate(fullTop(), "new", key("new", 97.5));
    expect(plan).toMatchObject({ upsertRank: 3, remove: ["c50"], needsFullRecalculation: false });
    expect(plan.reranked).toHaveLength(47);
    expect(plan.reranked[0]).toEqual({ candidateId: "c03", rank: 4 });
  });

  it("keeps a displaced CONTACTED #51, unranked", () => {
    const plan = planCandidateUpdate(fullTop({ c50: "CONTACTED" }), "new", key("new", 100));
    expect(plan.remove).toEqual([]);
    expect(plan.reranked).toContainEqual({ candidateId: "c50", rank: null });
  });

  it("writes nothing for a candidate below a full top, and never ranks a REJECTED one", () => {
    expect(planCandidateUpdate(fullTop(), "new", key("new", 10))).toEqual({
      upsertRank: "none",
      reranked: [],
      remove: [],
      needsFullRecalculation: false,
    });
    const rejected: StoredRow = { ...key("r", 0), rank: null, status: "REJECTED" };
    const plan = planCandidateUpdate([...fullTop(), rejected], "r", key("r", 100));
    expect(plan).toEqual({ upsertRank: null, reranked: [], remove: [], needsFullRecalculation: false });
  });

  it("asks for a full recalculation when a ranked candidate leaves a full top or falls below its old last place", () => {
    expect(planCandidateUpdate(fullTop(), "c10", null).needsFullRecalculation).toBe(true);
    expect(planCandidateUpdate(fullTop(), "c10", key("c10", 49)).needsFullRecalculation).toBe(true);
    // Still above the old last place (c50, 50 points): it moves down to 49th, nothing is unknown.
    expect(planCandidateUpdate(fullTop(), "c10", key("c10", 50.5))).toMatchObject({ upsertRank: 49, needsFullRecalculation: false });
  });

  it("removes a PENDING candidate who is no longer eligible from a top that is not full, and moves the others up", () => {
    const rows = fullTop().slice(0, 10);
    const plan = planCandidateUpdate(rows, "c03", null);
    expect(plan).toMatchObject({ upsertRank: "none", remove: ["c03"], needsFullRecalculation: false });
    expect(plan.reranked).toEqual(rows.slice(3).map((row) => ({ candidateId: row.candidateId, rank: row.rank! - 1 })));
  });
});
