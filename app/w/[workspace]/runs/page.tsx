import Link from "next/link";
import { formatDateTime, formatDuration } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { listRuns } from "@/lib/dashboard/list-runs";
import { runsPageQuery } from "@/lib/dashboard/page-params";
import { triggerLabel } from "@/lib/dashboard/trigger-label";
import { getDb } from "@/lib/db";
import { workspaceContext } from "../workspace-context";

const PART_OF = { ALL: "part of a run over several jobs", CANDIDATE: "one candidate's profile matched again" } as const;

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RunsPage({ params, searchParams }: Props) {
  const { workspace } = await workspaceContext((await params).workspace);
  const { before } = runsPageQuery.parse(await searchParams);
  const { runs, more } = await listRuns(await getDb(), workspace.id, before);
  const last = runs.at(-1);

  return (
    <>
      <h1 className="text-2xl font-semibold">Runs</h1>
      <p className="mt-1 text-sm text-slate-700">Every recalculation of this workspace&apos;s jobs, newest first.</p>
      {runs.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">No recalculation has run yet.</p>
      ) : (
        <>
          <p id="runs-scroll-cue" className="mt-4 text-sm text-slate-700 md:hidden">
            <span aria-hidden="true">↔ </span>The table is wider than the screen: scroll it sideways for duration, candidates and matchings.
          </p>
          {/* Focusable, so a keyboard can scroll it too; named, so a screen reader says what it holds. */}
          <div
            role="region"
            aria-label="Recalculation runs"
            aria-describedby="runs-scroll-cue"
            tabIndex={0}
            className={`mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white
              focus-visible:outline-2 focus-visible:outline-blue-700 md:mt-4`}
          >
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">Recalculation runs</caption>
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  {["Started", "Job", "Trigger", "Status", "Duration", "Candidates", "Matchings"].map((label) => (
                    <th key={label} scope="col" className="px-3 py-2 font-medium">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt)}</time>
                    </td>
                    <td className="px-3 py-2">
                      {run.jobId && run.jobTitle ? (
                        <Link href={`/w/${workspace.slug}/jobs/${run.jobId}`} className="link">
                          {run.jobTitle}
                        </Link>
                      ) : (
                        "Deleted job"
                      )}
                      {run.error && <p className="mt-1 text-red-800">{run.error}</p>}
                    </td>
                    <td className="px-3 py-2">
                      {triggerLabel(run.trigger)}
                      {run.partOf && <span className="block text-xs text-slate-600">{PART_OF[run.partOf]}</span>}
                    </td>
                    <td className="px-3 py-2">
                      <StatusBadge status={run.status} />
                    </td>
                    <td className="px-3 py-2 tabular-nums">{formatDuration(run.durationMs)}</td>
                    <td className="px-3 py-2 tabular-nums">{run.candidatesConsidered}</td>
                    <td className="px-3 py-2 tabular-nums">{run.matchingsWritten}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
        {before && (
          <Link href={`/w/${workspace.slug}/runs`} className="link">
            Newest runs
          </Link>
        )}
        {more && last && (
          <Link href={`/w/${workspace.slug}/runs?before=${last.startedAt.toISOString()}_${last.id}`} className="link">
            Older runs
          </Link>
        )}
      </nav>
    </>
  );
}
