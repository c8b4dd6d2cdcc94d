import { describe, expect, it } from "vitest";
import { diffRankings } from "../../../lib/dashboard/diff-rankings";

const entry = (candidateId: string, rank: number) => ({ candidateId, name: candidateId.toUpperCase(), rank });
const list = (...ids: string[]) => ids.map((id, index) => entry(id, index + 1));

describe("what a recalculation changed", () => {
  it("names who entered, who left and who moved, biggest moves first", () => {
    const before = [entry("a", 1), entry("b", 2), entry("c", 3), entry("d", 4)];
    const after = [entry("c", 1), entry("a", 2), entry("e", 3), entry("d", 4)];
    expect(diffRankings(before, after)).toEqual({
      entered: [{ candidateId: "e", name: "E", rank: 3 }],
      left: [{ candidateId: "b", name: "B", rank: 2 }],
      movedUp: [{ candidateId: "c", name: "C", from: 3, to: 1 }],
      movedDown: [{ candidateId: "a", name: "A", from: 1, to: 2 }],
      shifted: 0,
      unchanged: 1,
    });
  });

  it("reports nothing for an unchanged list, and everything as new for a first run", () => {
    const same = list("a", "b");
    expect(diffRankings(same, same)).toMatchObject({ entered: [], left: [], movedUp: [], movedDown: [], shifted: 0, unchanged: 2 });
    expect(diffRankings([], same).entered.map((e) => e.candidateId)).toEqual(["a", "b"]);
  });

  it("does not call it a move when everyone below a rejected candidate goes up one place", () => {
    // The recruiter rejected "a"; the next best candidate "f" enters at the bottom.
    const changes = diffRankings(list("a", "b", "c", "d", "e"), list("b", "c", "d", "e", "f"));
    expect(changes).toMatchObject({
      left: [{ candidateId: "a", rank: 1 }],
      entered: [{ candidateId: "f", rank: 5 }],
      movedUp: [],
      movedDown: [],
      shifted: 4,
      unchanged: 0,
    });
  });

  it("does not call it a move when a newcomer above pushes the others down one place", () => {
    const changes = diffRankings(list("a", "b", "c"), list("n", "a", "b"));
    expect(changes).toMatchObject({
      entered: [{ candidateId: "n", rank: 1 }],
      left: [{ candidateId: "c", rank: 3 }],
      movedUp: [],
      movedDown: [],
      shifted: 2,
    });
  });

  it("still reports a real move of one place next to a rejection", () => {
    // "a" left; "c" overtook "b": both changed places among those who stayed, "d" only shifted.
    const changes = diffRankings(list("a", "b", "c", "d"), list("c", "b", "d"));
    expect(changes.movedUp).toEqual([{ candidateId: "c", name: "C", from: 3, to: 1 }]);
    expect(changes.movedDown).toEqual([]);
    expect(changes.unchanged).toBe(1);
    expect(changes.shifted).toBe(1);
  });

  it("counts shifts explained by several exits above, and reports a jump past a stayer", () => {
    const changes = diffRankings(list("a", "b", "c", "d", "e"), list("c", "e", "d"));
    expect(changes.left.map((e) => e.candidateId)).toEqual(["a", "b"]);
    // "d" passed nobody but was passed by "e": a real change, listed by the rank the recruiter sees.
    expect(changes.movedUp).toEqual([
      { candidateId: "e", name: "E", from: 5, to: 2 },
      { candidateId: "d", name: "D", from: 4, to: 3 },
    ]);
    expect(changes.movedDown).toEqual([]);
    expect(changes.shifted).toBe(1);
  });
});
