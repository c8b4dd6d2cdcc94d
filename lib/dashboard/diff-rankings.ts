export type RankedEntry = { candidateId: string; name: string; rank: number };

type Move = { candidateId: string; name: string; from: number; to: number };

export type RankingChanges = {
  entered: { candidateId: string; name: string; rank: number }[];
  left: { candidateId: string; name: string; rank: number }[];
  /** Candidates who passed or fell behind someone who stayed in the list, biggest moves first. */
  movedUp: Move[];
  movedDown: Move[];
  /**
   * Candidates whose rank changed only because others entered or left above them (a rejection
   * moves everyone below up one place): their place among those who stayed is the same.
   */
  shifted: number;
  unchanged: number;
};

/** Each candidate's place among those in both lists, 1 being the best of them. */
function placesAmongStayers(list: readonly RankedEntry[], stayers: ReadonlySet<string>): Map<string, number> {
  const sorted = list.filter((entry) => stayers.has(entry.candidateId)).sort((a, b) => a.rank - b.rank);
  return new Map(sorted.map((entry, index) => [entry.candidateId, index + 1]));
}

/**
 * What a recalculation changed in a ranked list: who entered, who left, and who really moved. A
 * rank change is a move only when the candidate's place among the candidates in both lists
 * changed; otherwise it is explained by entries and exits above them and is only counted.
 */
export function diffRankings(before: readonly RankedEntry[], after: readonly RankedEntry[]): RankingChanges {
  const previous = new Map(before.map((entry) => [entry.candidateId, entry]));
  const current = new Set(after.map((entry) => entry.candidateId));
  const stayers = new Set(after.filter((entry) => previous.has(entry.candidateId)).map((entry) => entry.candidateId));
  const placeBefore = placesAmongStayers(before, stayers);
  const placeAfter = placesAmongStayers(after, stayers);
  const changes: RankingChanges = { entered: [], left: [], movedUp: [], movedDown: [], shifted: 0, unchanged: 0 };
  for (const entry of after) {
    const was = previous.get(entry.candidateId);
    if (!was) changes.entered.push({ candidateId: entry.candidateId, name: entry.name, rank: entry.rank });
    else if (entry.rank === was.rank) changes.unchanged += 1;
    else if (placeBefore.get(entry.candidateId) === placeAfter.get(entry.candidateId)) changes.shifted += 1;
    else {
      const move = { candidateId: entry.candidateId, name: entry.name, from: was.rank, to: entry.rank };
      (entry.rank < was.rank ? changes.movedUp : changes.movedDown).push(move);
    }
  }
  for (const entry of before) {
    if (!current.has(entry.candidateId)) changes.left.push({ candidateId: entry.candidateId, name: entry.name, rank: entry.rank });
  }
  const byJump = (a: Move, b: Move) => Math.abs(b.from - b.to) - Math.abs(a.from - a.to) || a.to - b.to;
  changes.movedUp.sort(byJump);
  changes.movedDown.sort(byJump);
  return changes;
}
