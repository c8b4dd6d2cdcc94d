import Link from "next/link";
import { BOARD_COLUMNS, COLUMN_LABELS, type BoardColumn, type SortDirection } from "@/lib/dashboard/board-columns";
import type { BoardRow } from "@/lib/dashboard/load-job-board";
import { CRITERIA } from "@/lib/scoring/weights";
import { StatusSelect } from "./status-select";

type Props = {
  workspace: string;
  caption: string;
  rows: BoardRow[];
  sort: { column: BoardColumn; direction: SortDirection };
  sortHref: (column: BoardColumn) => string;
  profileHref: (row: BoardRow) => string;
  ties: ReadonlyMap<string, string>;
};

const NUMERIC = new Set<BoardColumn>(["rank", "score", ...CRITERIA]);
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A job's list as a compact table: every criterion as a number (readable without hovering), each
 * column sortable by a link in its header (sorted on the server), a checkbox per row for the bulk
 * bar. On a narrow screen it scrolls sideways inside its own region, which says so.
 */
export function MatchTable({ workspace, caption, rows, sort, sortHref, profileHref, ties }: Props) {
  const captionId = `${caption.replace(/\W+/g, "-").toLowerCase()}-caption`;
  return (
    <div className="mt-4">
      <p className="text-xs text-slate-700 xl:hidden" aria-hidden="true">
        Scroll sideways for every column →
      </p>
      {/* Positioned, so the rows' visually hidden (absolute) labels stay inside it instead of widening the page. */}
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white
          focus-visible:outline-2 focus-visible:outline-blue-700`}
      >
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption id={captionId} className="sr-only">
            {caption}, sorted by {COLUMN_LABELS[sort.column].toLowerCase()}, {ARIA_SORT[sort.direction]}
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2">
                <input type="checkbox" data-select-all aria-label={`Select all: ${caption}`} className="size-4" />
              </th>
              {BOARD_COLUMNS.map((column) => {
                const current = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={current ? ARIA_SORT[sort.direction] : undefined}
                    className={`px-2 py-2 font-medium whitespace-nowrap ${NUMERIC.has(column) ? "text-right" : ""}`}
                  >
                    <Link
                      href={sortHref(column)}
                      scroll={false}
                      className="underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
                    >
                      {COLUMN_LABELS[column]}
                      {current && (
                        <span aria-hidden="true" className="ml-0.5">
                          {sort.direction === "asc" ? "▲" : "▼"}
                        </span>
                      )}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-candidate-id={row.candidateId}
                className={`border-t border-slate-200 align-top ${row.status === "REJECTED" ? "bg-red-50/40" : ""}`}
              >
                <td className="px-2 py-2">
                  <input type="checkbox" name="ids" value={row.id} aria-label={`Select ${row.name}`} className="size-4" />
                </td>
                <td className="px-2 py-2 text-right font-semibold tabular-nums">
                  {row.rank === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">Not ranked</span>
                    </>
                  ) : (
                    `#${row.rank}`
                  )}
                </td>
                <th scope="row" className="min-w-36 px-2 py-2 font-medium wrap-anywhere">
                  <Link href={profileHref(row)} scroll={false} className="link">
                    {row.name}
                  </Link>
                  {ties.has(row.id) && <span className="mt-0.5 block text-xs font-normal text-amber-900">{ties.get(row.id)}</span>}
                </th>
                <td className="px-2 py-2 text-slate-700">{row.headline}</td>
                <td className="px-2 py-2 text-right font-semibold tabular-nums">{row.matchScore.toFixed(2)}</td>
                {CRITERIA.map((criterion) => (
                  <td key={criterion} className="px-2 py-2 text-right tabular-nums">
                    {row.breakdown.criteria[criterion]}
                  </td>
                ))}
                <td className="px-2 py-2">
                  <StatusSelect workspace={workspace} matchingId={row.id} status={row.status} candidateName={row.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
