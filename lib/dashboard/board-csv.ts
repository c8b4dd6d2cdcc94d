import { BOARD_COLUMNS, cellValue, COLUMN_LABELS, type BoardCellRow } from "./board-columns";

// A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: a leading `'` defuses a formula, then RFC 4180 quoting where needed. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A job's list as CSV, the table view's columns under a header row: RFC 4180 (CRLF line ends,
 * quoted where needed), starting with a byte order mark so spreadsheets read the UTF-8 names right.
 */
export function boardCsv(rows: readonly BoardCellRow[]): string {
  const lines = [
    BOARD_COLUMNS.map((column) => csvField(COLUMN_LABELS[column])),
    ...rows.map((row) => BOARD_COLUMNS.map((column) => csvField(cellValue(row, column)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}
