import { describe, expect, it } from "vitest";
import { diffRankings } from "../../../lib/dashboard/diff-rankings";

const entry = (candidateId: string, rank: number) => ({ candidateId, name: candidateId.toUpperCase(), rank });

describe("what a recalculation changed", () => {
  it("names who entered, who left and who moved, biggest moves first", () => {
    const before = [entry("a", 1), entry("b", 2), entry("c", 3), entry("d", 4)];
    const after = [entry("c", 1), entry("a", 2), entry("e", 3), entry("d", 4)];
    expect(diffRankings(before, after)).toEqual({
      entered: [{ candidateId: "e", name: "E", rank: 3 }],
      left: [{ candidateId: "b", name: "B", rank: 2 }],
      movedUp: [{ candidateId: "c", name: "C", from: 3, to: 1 }],
      movedDown: [{ candidateId: "a", name: "A", from: 1, to: 2 }],
      unchanged: 1,
    });
  });

  it("reports nothing for an unchanged list, and everything as new for a first run", () => {
    const list = [entry("a", 1), entry("b", 2)];
    expect(diffRankings(list, list)).toMatchObject({ entered: [], left: [], movedUp: [], movedDown: [], unchanged: 2 });
    expect(diffRankings([], list).entered.map((e) => e.candidateId)).toEqual(["a", "b"]);
  });
});
