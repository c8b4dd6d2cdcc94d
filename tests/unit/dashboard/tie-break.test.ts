import { describe, expect, it } from "vitest";
import { tieBreak, tieNotes, type TieRow } from "../../../lib/dashboard/tie-break";
import { compareRankKeys } from "../../../lib/scoring/rank-candidates";

const criteria = { skills: 80, domains: 100, experience: 50, feedback: 50, quizzes: 50, progression: 50, badges: 0, relevance: 10 };
const row = (id: string, rank: number | null, matchScore: number, changes: Partial<typeof criteria> = {}): TieRow => ({
  id,
  candidateId: `cand-${id}`,
  rank,
  matchScore,
  breakdown: { criteria: { ...criteria, ...changes } },
});

describe("what broke a tie", () => {
  it("says nothing when the scores differ, even by a hundredth", () => {
    expect(tieBreak(row("b", 2, 64.9), row("a", 1, 64.91))).toBeNull();
  });

  it("names skills, then domains, then the candidate id, as the engine orders them", () => {
    expect(tieBreak(row("b", 4, 70, { skills: 62.5 }), row("a", 3, 70, { skills: 75 }))).toEqual({
      by: "skills",
      text: "Same score as #3; ranked by skills (62.5 vs 75).",
    });
    expect(tieBreak(row("b", 4, 70, { domains: 50 }), row("a", 3, 70))).toEqual({
      by: "domains",
      text: "Same score and skills as #3; ranked by domains (50 vs 100).",
    });
    // Other criteria may differ: only skills and domains break a tie before the id.
    expect(tieBreak(row("b", 4, 70, { badges: 90 }), row("a", 3, 70))).toEqual({
      by: "candidate id",
      text: "Same score, skills and domains as #3; ranked by candidate id, a fixed order.",
    });
  });

  it("agrees with the engine's order on which criterion decided", () => {
    const above = row("a", 1, 70, { skills: 75 });
    const below = row("b", 2, 70, { skills: 62.5 });
    const key = (r: TieRow) => ({
      candidateId: r.candidateId,
      matchScore: r.matchScore,
      skills: r.breakdown.criteria.skills,
      domains: r.breakdown.criteria.domains,
    });
    expect(compareRankKeys(key(above), key(below))).toBeLessThan(0);
    expect(tieBreak(below, above)?.by).toBe("skills");
  });

  it("notes every ranked row tied with the one ranked just above it, and no unranked row", () => {
    const rows = [row("c", 3, 60), row("a", 1, 70), row("b", 2, 70, { skills: 70 }), row("d", 4, 55), row("e", null, 55)];
    expect([...tieNotes(rows)]).toEqual([["b", "Same score as #1; ranked by skills (70 vs 80)."]]);
  });
});
