import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { BulkStatusForm } from "@/components/bulk-status-form";
import { CandidatePanel } from "@/components/candidate-panel";
import { formatDateTime } from "@/components/format";
import { MatchRow } from "@/components/match-row";
import { MatchTable } from "@/components/match-table";
import { RecalculateButton } from "@/components/recalculate-button";
import { RequiredSkillsToggle } from "@/components/required-skills-toggle";
import { StatusBadge } from "@/components/status-badge";
import { STATUS_LABELS } from "@/components/match-status";
import { ViewSwitch } from "@/components/view-switch";
import { holdsEveryRequiredSkill } from "@/lib/dashboard/holds-every-required-skill";
import { FIRST_DIRECTION, type BoardColumn } from "@/lib/dashboard/board-columns";
import { loadJobBoard, type BoardRow } from "@/lib/dashboard/load-job-board";
import { jobPageParams, jobPageQuery } from "@/lib/dashboard/page-params";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { sortBoardRows } from "@/lib/dashboard/sort-board-rows";
import { tieNotes } from "@/lib/dashboard/tie-break";
import { triggerLabel } from "@/lib/dashboard/trigger-label";
import { getDb } from "@/lib/db";
import { workspaceContext } from "../../workspace-context";

type Props = {
  params: Promise<{ workspace: string; jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function JobPage({ params, searchParams }: Props) {
  const { workspace: slug, ...rest } = await params;
  const { workspace } = await workspaceContext(slug);
  const route = jobPageParams.safeParse(rest);
  if (!route.success) notFound();
  const query = jobPageQuery.parse(await searchParams);
  const board = await loadJobBoard(await getDb(), workspace.id, route.data.jobId);
  if (!board) notFound();
  const { job, rows } = board;

  const base = `/w/${slug}/jobs/${job.id}`;
  // The view, the table's order and the required-skills filter are kept by every link of the page;
  // the status and the panel are set per link.
  const persisted = { view: query.view, sort: query.sort, dir: query.dir, all: query.all };
  const href = (next: { status?: string; candidate?: string; view?: string; sort?: string; dir?: string; all?: string }) => {
    const search = new URLSearchParams(
      Object.entries({ ...persisted, ...next }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return search.size > 0 ? `${base}?${search}` : base;
  };
  const ranked = rows.filter((row) => row.rank !== null);
  const kept = rows.filter((row) => row.rank === null);
  const listed = query.status ? rows.filter((row) => row.status === query.status) : ranked;
  const shown = query.all ? listed.filter(holdsEveryRequiredSkill) : listed;
  const view = query.view ?? "cards";
  const ties = tieNotes(rows);
  const sortColumn = query.sort ?? "rank";
  const sort = { column: sortColumn, direction: query.dir ?? FIRST_DIRECTION[sortColumn] };
  const sortHref = (column: BoardColumn) => {
    const direction = column !== sort.column ? FIRST_DIRECTION[column] : sort.direction === "asc" ? "desc" : "asc";
    return href({ status: query.status, sort: column, dir: direction });
  };
  const listOf = (items: BoardRow[], label: string, status?: string) =>
    view === "table" ? (
      <MatchTable
        workspace={slug}
        caption={label}
        rows={sortBoardRows(items, sort.column, sort.direction)}
        sort={sort}
        sortHref={sortHref}
        profileHref={(row) => href({ status, candidate: row.candidateId })}
        ties={ties}
      />
    ) : (
      <ol aria-label={label} className="mt-4 space-y-3">
        {items.map((row) => (
          <MatchRow
            key={row.id}
            workspace={slug}
            job={job}
            row={row}
            tie={ties.get(row.id)}
            profileHref={href({ status, candidate: row.candidateId })}
          />
        ))}
      </ol>
    );
  const required = job.skills.filter((skill) => skill.required);
  const niceToHave = job.skills.filter((skill) => !skill.required);

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/w/${slug}`} className="link">
          Jobs
        </Link>{" "}
        / {job.title}
      </nav>
      <RecalculateButton
        workspace={slug}
        jobId={job.id}
        disabledReason={job.status === "ACTIVE" ? undefined : "Only active jobs are matched."}
      >
        <div>
          <h1 className="text-2xl font-semibold">{job.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <StatusBadge status={job.status} />
            {job.lastRun ? (
              <>
                Last recalculated <time dateTime={job.lastRun.at}>{formatDateTime(job.lastRun.at)}</time> ·{" "}
                {triggerLabel(job.lastRun.trigger)}
              </>
            ) : (
              "Never recalculated"
            )}
          </p>
        </div>
      </RecalculateButton>

      <section aria-labelledby="requirements" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="requirements" className="font-semibold">
          Requirements
        </h2>
        <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600">Required skills</dt>
          <dd>{required.map((skill) => (skill.mustHave ? `${skill.name} (must have)` : skill.name)).join(", ") || "None"}</dd>
          {job.minSkillsCoverage > 0 && (
            <>
              <dt className="text-slate-600">Skills coverage</dt>
              <dd>at least {job.minSkillsCoverage}% of the required skills</dd>
            </>
          )}
          <dt className="text-slate-600">Nice to have</dt>
          <dd>{niceToHave.map((skill) => skill.name).join(", ") || "None"}</dd>
          <dt className="text-slate-600">Domains</dt>
          <dd>{job.domains.map((domain) => domain.name).join(", ") || "None"}</dd>
          <dt className="text-slate-600">Experience</dt>
          <dd>{job.minYearsExperience > 0 ? `at least ${job.minYearsExperience} years` : "no minimum"}</dd>
        </dl>
        {job.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{job.description}</p>}
      </section>

      <nav aria-label="Filter candidates by status" className="mt-6 flex flex-wrap gap-2 text-sm">
        <FilterLink href={href({})} current={!query.status} label={`Top ${ranked.length}`} />
        {MATCH_STATUSES.map((status) => (
          <FilterLink
            key={status}
            href={href({ status })}
            current={query.status === status}
            label={`${STATUS_LABELS[status]} (${rows.filter((row) => row.status === status).length})`}
          />
        ))}
      </nav>
      <RequiredSkillsToggle on={query.all === "1"} href={href({ status: query.status, all: query.all ? undefined : "1" })} />

      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <ViewSwitch current={view} hrefFor={(next) => href({ status: query.status, view: next })} />
        {/* The whole list, whatever the filter: what a recruiter hands on is the list, not one view of it. */}
        {rows.length > 0 && (
          <a href={`${base}/export`} download className="link">
            Download CSV<span className="text-slate-700"> (whole list, {rows.length} candidates)</span>
          </a>
        )}
      </div>

      <h2 className="sr-only">Candidates</h2>
      <Bulk enabled={view === "table" && rows.length > 0} workspace={slug} jobId={job.id}>
        {shown.length === 0 ? (
          <EmptyList
            status={query.status}
            everyRequired={query.all === "1" && listed.length > 0}
            jobActive={job.status === "ACTIVE"}
            neverRun={job.lastRun === null}
          />
        ) : (
          listOf(shown, query.status ? `${STATUS_LABELS[query.status]} candidates` : "Ranked candidates", query.status)
        )}
        {!query.status && kept.length > 0 && (
          <section aria-labelledby="kept" className="mt-8">
            <h2 id="kept" className="font-semibold">
              Kept outside the top {ranked.length}
            </h2>
            <p className="text-sm text-slate-700">
              Candidates you rejected, and contacted candidates who no longer rank: kept with their current scores.
            </p>
            {listOf(kept, "Kept candidates")}
          </section>
        )}
      </Bulk>
      {query.candidate && (
        <CandidatePanel workspace={workspace} jobId={job.id} candidateId={query.candidate} closeHref={href({ status: query.status })} />
      )}
    </>
  );
}

function Bulk({ enabled, workspace, jobId, children }: { enabled: boolean; workspace: string; jobId: string; children: ReactNode }) {
  return enabled ? (
    <BulkStatusForm workspace={workspace} jobId={jobId}>
      {children}
    </BulkStatusForm>
  ) : (
    children
  );
}

function FilterLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700
        ${current ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
}

function EmptyList({
  status,
  everyRequired,
  jobActive,
  neverRun,
}: {
  status?: string;
  everyRequired: boolean;
  jobActive: boolean;
  neverRun: boolean;
}) {
  let message = "No eligible candidate yet: nobody shares one of this job's domains and one of its required skills.";
  if (everyRequired) message = "No candidate in this list holds every required skill.";
  else if (status) message = "No candidate has this status.";
  else if (!jobActive) message = "This job is not active, so it is not matched.";
  else if (neverRun) message = "This job has not been recalculated yet. Use “Recalculate now”, or wait for tonight's run.";
  return <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">{message}</p>;
}
