import type { Criterion } from "../scoring/weights";

/** What a tie needs of a row: its place, its score and the two criteria that break ties. */
export type TieRow = {
  id: string;
  candidateId: string;
  rank: number | null;
  matchScore: number;
  breakdown: { criteria: Record<Criterion, number> };
};

export type TieBreak = { by: "skills" | "domains" | "candidate id"; text: string };

const number = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Why `row` is ranked just below `above` although both have the same match score, in a
 * recruiter's words; null when the scores differ (the score decided). The order is the engine's
 * (lib/scoring/rank-candidates.ts, docs/scoring.md "Ties and rounding"): score, then skills, then
 * domains, then candidate id.
 */
export function tieBreak(row: TieRow, above: TieRow): TieBreak | null {
  if (row.matchScore !== above.matchScore) return null;
  const place = above.rank === null ? "the candidate above" : `#${above.rank}`;
  const mine = row.breakdown.criteria;
  const theirs = above.breakdown.criteria;
  if (mine.skills !== theirs.skills) {
    return { by: "skills", text: `Same score as ${place}; ranked by skills (${number(mine.skills)} vs ${number(theirs.skills)}).` };
  }
  if (mine.domains !== theirs.domains) {
    return {
      by: "domains",
      text: `Same score and skills as ${place}; ranked by domains (${number(mine.domains)} vs ${number(theirs.domains)}).`,
    };
  }
  return { by: "candidate id", text: `Same score, skills and domains as ${place}; ranked by candidate id, a fixed order.` };
}

/** The tie note of every ranked row tied with the row ranked just above it, by row id. */
export function tieNotes(rows: readonly TieRow[]): Map<string, string> {
  const ranked = rows.filter((row) => row.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const notes = new Map<string, string>();
  ranked.forEach((row, index) => {
    const above = index > 0 ? ranked[index - 1] : undefined;
    const tie = above ? tieBreak(row, above) : null;
    if (tie) notes.set(row.id, tie.text);
  });
  return notes;
}
