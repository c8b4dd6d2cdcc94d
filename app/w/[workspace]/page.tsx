import Link from "next/link";
import { formatDateTime, formatScore } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { jobsPageQuery } from "@/lib/dashboard/page-params";
import { triggerLabel } from "@/lib/dashboard/trigger-label";
import { getDb } from "@/lib/db";
import { jobOverview } from "@/lib/matching/job-overview";
import { workspaceContext } from "./workspace-context";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ params, searchParams }: Props) {
  const { workspace } = await workspaceContext((await params).workspace);
  const filter = jobsPageQuery.parse(await searchParams);
  const db = await getDb();
  const jobs = await jobOverview(db, workspace.id, { status: filter.status, titleContains: filter.q || undefined });
  const filtered = filter.status !== undefined || Boolean(filter.q);

  return (
    <>
      <h1 className="text-2xl font-semibold">Jobs</h1>
      <form role="search" aria-label="Filter jobs" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Title
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            placeholder="e.g. engineer"
            className="field mt-1 w-64 max-w-full"
          />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className="field mt-1">
            <option value="">All</option>
            <option value="ACTIVE">Active</option>
            <option value="DRAFT">Draft</option>
            <option value="CLOSED">Closed</option>
          </select>
        </div>
        <button type="submit" className="button">
          Apply
        </button>
        {filtered && (
          <Link href={`/w/${workspace.slug}`} className="link py-2 text-sm">
            Clear filters
          </Link>
        )}
      </form>

      {jobs.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          {filtered ? (
            <p>No job matches these filters.</p>
          ) : (
            <>
              <p className="font-medium">No jobs yet in {workspace.name}.</p>
              <p className="mt-1 text-sm text-slate-700">
                Jobs arrive through the import (<code>npm run import</code>); active ones are matched right away and every night.
              </p>
            </>
          )}
        </div>
      ) : (
        <ul aria-label="Jobs" className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {jobs.map((job) => (
            <li key={job.id} className="flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
              <div className="min-w-0 flex-1 basis-64">
                <Link href={`/w/${workspace.slug}/jobs/${job.id}`} className="link font-medium">
                  {job.title}
                </Link>
                <div className="mt-0.5">
                  <StatusBadge status={job.status} />
                </div>
              </div>
              <dl className="grid grid-cols-[5.5rem_4.5rem_1fr] gap-x-4 text-sm sm:grid-cols-[8rem_6rem_12rem]">
                <div>
                  <dt className="text-slate-600">Ranked candidates</dt>
                  <dd className="font-medium">{job.matchingsCount}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">Best score</dt>
                  <dd className="font-medium">{job.bestScore === null ? "—" : formatScore(job.bestScore)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">Last recalculated</dt>
                  <dd className="font-medium">
                    {job.lastRun ? (
                      <>
                        <time dateTime={job.lastRun.at}>{formatDateTime(job.lastRun.at)}</time>
                        <span className="block font-normal text-slate-700">
                          {triggerLabel(job.lastRun.trigger)}
                          {job.lastRun.status !== "SUCCEEDED" && ` · ${job.lastRun.status.toLowerCase()}`}
                        </span>
                      </>
                    ) : (
                      "Never"
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
