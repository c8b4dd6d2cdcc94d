export type RankedEntry = { candidateId: string; name: string; rank: number };

export type RankingChanges = {
  entered: { candidateId: string; name: string; rank: number }[];
  left: { candidateId: string; name: string; rank: number }[];
  movedUp: { candidateId: string; name: string; from: number; to: number }[];
  movedDown: { candidateId: string; name: string; from: number; to: number }[];
  unchanged: number;
};

/** What a recalculation changed in a ranked list: who entered, who left, who moved and by how much. */
export function diffRankings(before: readonly RankedEntry[], after: readonly RankedEntry[]): RankingChanges {
  const previous = new Map(before.map((entry) => [entry.candidateId, entry]));
  const current = new Set(after.map((entry) => entry.candidateId));
  const changes: RankingChanges = { entered: [], left: [], movedUp: [], movedDown: [], unchanged: 0 };
  for (const entry of after) {
    const was = previous.get(entry.candidateId);
    if (!was) changes.entered.push({ candidateId: entry.candidateId, name: entry.name, rank: entry.rank });
    else if (entry.rank < was.rank) changes.movedUp.push({ candidateId: entry.candidateId, name: entry.name, from: was.rank, to: entry.rank });
    else if (entry.rank > was.rank) changes.movedDown.push({ candidateId: entry.candidateId, name: entry.name, from: was.rank, to: entry.rank });
    else changes.unchanged += 1;
  }
  for (const entry of before) {
    if (!current.has(entry.candidateId)) changes.left.push({ candidateId: entry.candidateId, name: entry.name, rank: entry.rank });
  }
  const byJump = (a: { from: number; to: number }, b: { from: number; to: number }) => Math.abs(b.from - b.to) - Math.abs(a.from - a.to);
  changes.movedUp.sort(byJump);
  changes.movedDown.sort(byJump);
  return changes;
}
