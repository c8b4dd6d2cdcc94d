import { describe, expect, it } from "vitest";
import type { BoardCellRow } from "../../../lib/dashboard/board-columns";
import { sortBoardRows } from "../../../lib/dashboard/sort-board-rows";

const criteria = { skills: 50, domains: 50, experience: 50, feedback: 50, quizzes: 50, progression: 50, badges: 50, relevance: 50 };
type Row = BoardCellRow & { id: string };
const row = (id: string, rank: number | null, overrides: Partial<BoardCellRow> = {}, changes: Partial<typeof criteria> = {}): Row => ({
  id,
  rank,
  name: id,
  headline: "",
  matchScore: 50,
  status: "PENDING",
  breakdown: { criteria: { ...criteria, ...changes } },
  ...overrides,
});
const ids = (rows: Row[]) => rows.map((r) => r.id);

// In rank order, as the page loads them: ranked rows, then the kept ones.
const rows = [
  row("a", 1, { name: "émile", matchScore: 80, status: "CONTACTED" }, { experience: 40 }),
  row("b", 2, { name: "Bea", matchScore: 70 }, { experience: 90 }),
  row("c", 3, { name: "candidate 10", matchScore: 60, status: "VIEWED" }, { experience: 40 }),
  row("d", 4, { name: "candidate 9", matchScore: 50 }, { experience: 10 }),
  row("e", null, { name: "Anna", matchScore: 65, status: "REJECTED" }, { experience: 95 }),
];

describe("sorting the table", () => {
  it("sorts a criterion by its value, equal values in rank order", () => {
    expect(ids(sortBoardRows(rows, "experience", "desc"))).toEqual(["e", "b", "a", "c", "d"]);
    expect(ids(sortBoardRows(rows, "experience", "asc"))).toEqual(["d", "a", "c", "b", "e"]);
  });

  it("sorts names as people read them: case and accents aside, numbers by value", () => {
    expect(ids(sortBoardRows(rows, "name", "asc"))).toEqual(["e", "b", "d", "c", "a"]);
  });

  it("puts unranked rows last in either direction of rank", () => {
    expect(ids(sortBoardRows(rows, "rank", "asc"))).toEqual(["a", "b", "c", "d", "e"]);
    expect(ids(sortBoardRows(rows, "rank", "desc"))).toEqual(["d", "c", "b", "a", "e"]);
  });

  it("sorts statuses in the order they are offered, and scores by value", () => {
    expect(ids(sortBoardRows(rows, "status", "asc"))).toEqual(["b", "d", "c", "a", "e"]);
    expect(ids(sortBoardRows(rows, "score", "desc"))).toEqual(["a", "b", "e", "c", "d"]);
  });

  it("leaves its input alone", () => {
    const before = ids(rows);
    sortBoardRows(rows, "score", "asc");
    expect(ids(rows)).toEqual(before);
  });
});
