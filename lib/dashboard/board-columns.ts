import type { MatchStatus } from "../matching/match-statuses";
import { CRITERIA, type Criterion } from "../scoring/weights";
import { CRITERION_LABELS } from "./criterion-labels";
import { STATUS_LABELS } from "./status-labels";

/** The columns of a job's list as a table, in order: the table view and its CSV export share them. */
export const BOARD_COLUMNS = ["rank", "name", "headline", "score", ...CRITERIA, "status"] as const;

export type BoardColumn = (typeof BOARD_COLUMNS)[number];
export type SortDirection = "asc" | "desc";

export const COLUMN_LABELS: Record<BoardColumn, string> = {
  rank: "Rank",
  name: "Name",
  headline: "Headline",
  score: "Match score",
  ...CRITERION_LABELS,
  status: "Status",
};

/** What a click on a column's header sorts by first: best first for scores, A to Z for text, #1 first. */
export const FIRST_DIRECTION: Record<BoardColumn, SortDirection> = {
  rank: "asc",
  name: "asc",
  headline: "asc",
  score: "desc",
  ...(Object.fromEntries(CRITERIA.map((criterion) => [criterion, "desc"])) as Record<Criterion, SortDirection>),
  status: "asc",
};

/** What a row needs to fill every column. */
export type BoardCellRow = {
  rank: number | null;
  name: string;
  headline: string;
  matchScore: number;
  status: MatchStatus;
  breakdown: { criteria: Record<Criterion, number> };
};

/** What a cell shows: a number, text, or null (no rank). */
export function cellValue(row: BoardCellRow, column: BoardColumn): string | number | null {
  switch (column) {
    case "rank":
      return row.rank;
    case "name":
      return row.name;
    case "headline":
      return row.headline;
    case "score":
      return row.matchScore;
    case "status":
      return STATUS_LABELS[row.status];
    default:
      return row.breakdown.criteria[column];
  }
}
