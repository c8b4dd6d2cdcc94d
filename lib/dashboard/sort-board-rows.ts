import { MATCH_STATUSES } from "../matching/match-statuses";
import { cellValue, type BoardCellRow, type BoardColumn, type SortDirection } from "./board-columns";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The rows sorted by one column, for the table view (server-side, so sorting works without
 * JavaScript). Rows without a rank come last either way; equal values keep the rows' given order
 * (the ranking), so a sort is reproducible. Statuses sort in the order they are offered.
 */
export function sortBoardRows<T extends BoardCellRow>(rows: readonly T[], column: BoardColumn, direction: SortDirection): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column === "status" ? MATCH_STATUSES.indexOf(row.status) : cellValue(row, column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order =
        typeof a.value === "number" && typeof b.value === "number" ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return sign * order || a.index - b.index;
    })
    .map((entry) => entry.row);
}
